"""Demo data steps that modules add to `load_demo`, in their AppConfig.ready()."""

from collections.abc import Callable

from prongsai.agencies.models import Agency

# Each step gets the seed's school and a writer for lines to print; it must be idempotent.
DemoStep = Callable[[Agency, Callable[[str], None]], None]
_STEPS: list[DemoStep] = []


def register(step: DemoStep) -> None:
    if step not in _STEPS:
        _STEPS.append(step)


def steps() -> list[DemoStep]:
    return list(_STEPS)
