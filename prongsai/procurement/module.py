"""The procurement module's manifest (see agencies.modules)."""

from prongsai.agencies.modules import Module

MODULE = Module(name="procurement")
