"""The demo data steps modules declare in their manifests (module.py), in order."""

from prongsai.agencies.modules import DemoStep, modules


def steps() -> list[DemoStep]:
    """By their order (oit's, which publishes the other modules' pages, runs last), then in
    module order."""
    found = [module.demo for module in modules() if module.demo is not None]
    return sorted(found, key=lambda step: step.order)
