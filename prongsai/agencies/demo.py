"""Demo data steps that modules add to `load_demo`, in their AppConfig.ready()."""

from collections.abc import Callable

from prongsai.agencies.models import Agency

# Each step gets the seed's school and a writer for lines to print; it must be idempotent.
DemoStep = Callable[[Agency, Callable[[str], None]], None]
_STEPS: list[DemoStep] = []
# Steps that use what the others made (the OIT disclosure offers the other modules' pages).
_LAST: list[DemoStep] = []


def register(step: DemoStep, *, last: bool = False) -> None:
    chosen = _LAST if last else _STEPS
    if step not in _STEPS and step not in _LAST:
        chosen.append(step)


def steps() -> list[DemoStep]:
    return [*_STEPS, *_LAST]
