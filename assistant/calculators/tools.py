"""The calculators as named tools: JSON-validated inputs for the API, LangChain tools for a chat model.

Each tool is a plain typed function over a contract's validated rules; this module only
chooses the contract, validates input and wraps the functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from assistant.calculators import deadlines, holidays, leave, pay
from assistant.calculators.parsing import in_range
from assistant.calculators.result import CalcResult
from assistant.calculators.rules import Rules, load_rules
from assistant.errors import DomainError, ToolInputError, UnknownContract, UnknownTool
from assistant.scope import Scope
from assistant.snapshot import Snapshot


def _checked(value: date) -> date:
    """Pydantic reports a ValueError as invalid input (422), with the one-line reason."""
    try:
        return in_range(value)
    except DomainError as exc:
        raise ValueError(str(exc)) from exc


class ContractInput(BaseModel):
    contract: str | None = Field(None, description="Contract id; default: the contract that has calculator rules.")


class DeadlineInput(ContractInput):
    start: date | datetime = Field(description="When this step's clock starts: the day you learned of the event (Step 1), or received the previous decision.")
    step: str = Field("step1-file", description="Step id, e.g. step1-file, step2-appeal, step2-response, arbitration, hs-step2-appeal, ooc-file.")
    track: str = Field("standard", description="standard | health-safety | out-of-class")
    event_date: date | None = Field(None, description="Date of the event, for the 21-day cap when `start` is the informal decision.")

    @field_validator("start", "event_date")
    @classmethod
    def _dates_in_range(cls, value: date | None) -> date | None:
        return None if value is None else _checked(value)


class TimelineInput(ContractInput):
    start: date | datetime = Field(description="The day you learned of the event (or received the supervisor's decision, for health and safety).")
    track: str = Field("standard", description="standard | health-safety | out-of-class")

    @field_validator("start")
    @classmethod
    def _date_in_range(cls, value: date) -> date:
        return _checked(value)


class LeaveInput(ContractInput):
    months_of_service: int = Field(ge=0, le=600, description="Completed months of State service.")
    time_base: str = Field("full", description="'full' or a fraction from the 7 L chart such as '1/2' or '4/5'.")


class OvertimeInput(ContractInput):
    hours_worked_week: float | None = Field(None, ge=0, le=168, description="Hours worked in the workweek (holidays excluded).")
    overtime_minutes: int | None = Field(None, ge=0, le=10080, description="Minutes of overtime worked at one time.")
    holiday_hours: float = Field(0, ge=0, le=80, description="Holiday hours in the week; they count as time worked.")


class CallBackInput(ContractInput):
    hours_worked: float = Field(ge=0, le=24, description="Hours actually worked on the call back.")
    notified_before_shift_end: bool = False
    hours_after_shift_end: float | None = Field(None, ge=0, le=24)
    hours_until_next_shift: float | None = Field(None, ge=0, le=24)
    within_previous_call_window: bool = False


class StandbyInput(ContractInput):
    hours: float = Field(ge=0, le=744, description="Hours on standby.")


class NightShiftInput(ContractInput):
    start: str = Field(description="Shift start, HH:MM 24-hour, e.g. 22:00.")
    end: str = Field(description="Shift end, HH:MM 24-hour, e.g. 06:30.")


class HolidaysInput(ContractInput):
    year: int = Field(ge=1900, le=2200)


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    schema: type[ContractInput]
    run: Callable[[Rules, Any], CalcResult]


TOOLS: dict[str, Tool] = {
    t.name: t
    for t in (
        Tool("grievance_deadline", "Due date of one grievance step, with the 21-day cap and weekend/holiday warnings.",
             DeadlineInput, lambda r, i: deadlines.grievance_deadline(r, i.start, i.step, i.track, i.event_date)),
        Tool("grievance_timeline", "Every deadline of the grievance procedure from one start date.",
             TimelineInput, lambda r, i: deadlines.grievance_timeline(r, i.start, i.track)),
        Tool("leave_accrual", "Vacation and sick-leave accrual, balance after N months, bonus and cap.",
             LeaveInput, lambda r, i: leave.leave_accrual(r, i.months_of_service, i.time_base)),
        Tool("overtime", "Overtime credited (15-minute units, 7-minute rule) and CTO earned.",
             OvertimeInput, lambda r, i: pay.overtime(
                 r, None if i.hours_worked_week is None else round(i.hours_worked_week * 60), i.overtime_minutes, i.holiday_hours)),
        Tool("call_back", "Work time credited for a call back after a completed shift.",
             CallBackInput, lambda r, i: pay.call_back(r, i.hours_worked, i.notified_before_shift_end,
                                                       i.hours_after_shift_end, i.hours_until_next_shift,
                                                       i.within_previous_call_window)),
        Tool("standby", "CTO earned for hours on standby.", StandbyInput, lambda r, i: pay.standby(r, i.hours)),
        Tool("night_shift", "Night shift differential for a regular shift.", NightShiftInput,
             lambda r, i: pay.night_shift(r, i.start, i.end)),
        Tool("holidays", "The contract holidays of a year with their observed dates.", HolidaysInput,
             lambda r, i: holidays.holidays_for_year(r, i.year)),
    )
}


def rules_for(snapshot: Snapshot, scope: Scope | None) -> Rules:
    contract = scope.contract if scope else None
    if contract:
        rules = load_rules(snapshot.contract(contract))
        if rules is None:
            raise UnknownContract(f"{contract} has no calculator rules file ({contract}.rules.yaml beside it).")
        return rules
    for candidate in sorted(snapshot.contracts.values(), key=lambda c: (not c.binding, c.id)):
        if candidate.rules_file and (scope is None or scope.allows(candidate.id)):
            rules = load_rules(candidate)
            if rules is not None:
                return rules
    raise UnknownContract("No ingested contract has a calculator rules file.")


def run_tool(snapshot: Snapshot, name: str, params: dict[str, Any], scope: Scope | None = None) -> tuple[ContractInput, CalcResult]:
    """``scope``: what the question may draw on; a contract named in ``params`` must lie inside it."""
    tool = TOOLS.get(name)
    if tool is None:
        raise UnknownTool(f"No calculator named {name!r}; available: {', '.join(TOOLS)}.")
    try:
        parsed = tool.schema.model_validate(params)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in exc.errors())
        raise ToolInputError(f"Invalid input for {name}: {problems}.") from exc
    if parsed.contract:
        if scope is not None and not scope.allows(parsed.contract):
            raise ToolInputError(f"{parsed.contract} is outside this question's documents ({', '.join(scope.contracts)}).")
        scope = Scope((snapshot.contract(parsed.contract).id,), scope.namespace if scope else "")
    rules = rules_for(snapshot, scope)
    return parsed, tool.run(rules, parsed)


def langchain_tools(snapshot: Snapshot, scope: Scope | None = None) -> list[Any]:
    """The same calculators as LangChain StructuredTools, for a chat model's tool calling."""
    from langchain_core.tools import StructuredTool

    def make(tool: Tool) -> Any:
        def call(**kwargs: Any) -> dict[str, Any]:
            _, result = run_tool(snapshot, tool.name, kwargs, scope)
            return result.model_dump(mode="json")

        return StructuredTool.from_function(func=call, name=tool.name, description=tool.description,
                                            args_schema=tool.schema)

    return [make(t) for t in TOOLS.values()]
