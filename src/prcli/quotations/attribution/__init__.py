"""The attributor of ``prcli.quotations.attribute``, one module per concern (see that module)."""
