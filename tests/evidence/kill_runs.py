"""One run of journeys until the kill: where the kill lands, drawn from the seed.

Each run has a target journey (the kinds take turns, so every one is killed often), maybe
one complete journey before it (so every kind is also told), and a way to die:
- ``delay``: a timer fires SIGKILL a random time after the target starts, wherever the
  driver is then (mid-tap, mid-save, on the confirmation screen, in the next journey);
- ``send``: just after the target's send tap returned, while the kiosk saves it off its
  screen thread, before the resident is told;
- ``typing``: just after a random step before the send, with answers typed but not sent.
The driver then carries on with more journeys until the process is gone: any kind it can
still make (a check-in needs a booking nobody has used, and only a few are made a run).
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass

from tests.evidence.kill_journeys import KINDS, Journey, JourneyMaker, Phase, drive
from tests.evidence.kill_kiosk import KioskGone, KioskProcess

MODES = ("delay", "send", "typing")
MODE_WEIGHTS = (5, 3, 2)
LONGEST_SEND_DELAY_S = 0.05  # a save off the screen thread takes a few milliseconds
LONGEST_TYPING_DELAY_S = 0.02
FIRST_GUESS_S = 0.4  # a journey's duration before one has been timed
DELAY_SPAN = 1.25  # delay kills land up to a quarter past the target's usual time: after it too
MOST_JOURNEYS_A_RUN = 40  # far more than any planned kill leaves time for: it never landed


@dataclass(frozen=True, slots=True)
class Plan:
    """Where one run's kill lands."""

    cycle: int
    target: str
    before: tuple[str, ...]  # journeys finished before the target (never killed by the plan)
    mode: str
    at: float  # delay: fraction of the target's usual time; typing: of the steps before send
    delay_s: float  # send and typing: the wait after the step before SIGKILL (0: at once)


class KillRun:
    """Drives runs of journeys on one kiosk and remembers every journey and kill."""

    def __init__(self, kiosk: KioskProcess, maker: JourneyMaker, rng: random.Random) -> None:
        self.kiosk = kiosk
        self.maker = maker
        self.rng = rng
        self.journeys: list[Journey] = []
        self.killed_in: Counter[str] = Counter()  # kind -> kills that landed inside one
        self.killed_at: Counter[str] = Counter()  # phase -> kills, "between" journeys too
        self._turns: dict[str, list[str]] = {"target": [], "before": []}
        self._took: dict[str, float] = dict.fromkeys(KINDS, FIRST_GUESS_S)

    def _turn(self, which: str) -> str:
        """The next kind in a shuffled rotation through all of them."""
        turns = self._turns[which]
        if not turns:
            turns.extend(KINDS)
            self.rng.shuffle(turns)
        return turns.pop()

    def plan(self, cycle: int) -> Plan:
        """The next run's plan, from the run's generator.

        Targets take turns, so every journey is killed; so do the journeys finished first,
        so every journey is also told. The first round kills at once, mid-typing or right
        after the send, so each kind is certainly killed inside at least once.
        """
        rng = self.rng
        target = self._turn("target")
        first_rounds = cycle < 2 * len(KINDS)
        before = (self._turn("before"),) if first_rounds or rng.random() < 0.5 else ()
        if cycle < len(KINDS):
            mode, delay = rng.choice(("send", "typing")), 0.0
        else:
            mode = rng.choices(MODES, MODE_WEIGHTS)[0]
            longest = LONGEST_SEND_DELAY_S if mode == "send" else LONGEST_TYPING_DELAY_S
            delay = 0.0 if rng.random() < 0.25 else rng.uniform(0, longest)
        return Plan(cycle, target, before, mode, rng.random(), delay)

    def filler(self) -> str:
        """A journey to drive until the kill lands: any kind that can still be made."""
        return self.rng.choice([kind for kind in KINDS if self.maker.can_make(kind)])

    def until_killed(self, plan: Plan) -> list[Journey]:
        """Drive the plan's journeys, then more, until the kiosk is killed; its journeys."""
        run: list[Journey] = []
        timer: list[threading.Timer] = []
        armed: list[float] = []

        def kill(after_s: float) -> None:
            armed.append(after_s)
            if after_s <= 0:
                self.kiosk.kill()  # at once: the next command finds the kiosk gone
                self.kiosk.reap()
            else:
                timer.append(self.kiosk.kill_after(after_s))

        def after(journey: Journey) -> None:
            if plan.mode == "delay" or armed:
                return
            if len(run) != len(plan.before) + 1 or journey is not run[-1]:
                return
            send = journey.send_index
            at = send + 1 if plan.mode == "send" else int(plan.at * send) + 1
            if journey.done_steps == at:
                kill(plan.delay_s)

        kinds = [*plan.before, plan.target]
        try:
            while True:
                if len(run) >= MOST_JOURNEYS_A_RUN:
                    raise AssertionError(f"{plan} drove {len(run)} journeys: the kill never came")
                kind = kinds.pop(0) if kinds else self.filler()
                journey = self.maker.make(kind)
                journey.cycle = plan.cycle
                run.append(journey)
                self.journeys.append(journey)
                if plan.mode == "delay" and len(run) == len(plan.before) + 1:
                    kill(plan.at * DELAY_SPAN * self._took[kind])
                began = time.monotonic()
                drive(self.kiosk, journey, after)
                self._took[kind] = (self._took[kind] + time.monotonic() - began) / 2
        except KioskGone:
            pass
        finally:
            for pending in timer:
                pending.cancel()
        last = run[-1]
        if last.phase is Phase.FINISHED or last.done_steps == 0:
            self.killed_at["between journeys"] += 1
        else:
            self.killed_in[last.kind] += 1
            self.killed_at[last.phase.value] += 1
        return run
