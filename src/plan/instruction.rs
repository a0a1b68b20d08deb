//! Where a roster cell's person may act on instruction: on the days a colleague who may give
//! the instruction works at the same place; and the warnings a manager needs beside such a
//! cell or a suggestion to arrange an instruction.

use serde::{Deserialize, Serialize};

use crate::decision::{Outcome, Span};
use crate::engine::{Competent, Direct, answer_in};
use crate::input::context::Instruction;
use crate::input::professional::Professional;
use crate::law::{self, Citation, Rule};
use crate::plan::roster::{Schedule, TeacherSpans};
use crate::plan::roster_file::LabelsIn;
use crate::plan::timeline::{periods_with, steady};
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::procedure::Procedure;
use crate::types::profession::Profession;
use crate::types::route::Route;
use crate::types::scope::{RestrictionScope, ScopedRestriction};
use crate::types::status::RegistrationStatus;

/// Days on which a roster cell's person, not permitted in the place's own context, could act on
/// the instruction of a colleague working at the same place those days: on instruction (Wet BIG
/// art. 35 lid 1, art. 38) or functionally independent (art. 39), if one of them gives the
/// instruction, the directions are followed and supervision (with the possibility to intervene)
/// is ensured, which is what a planner arranges. The cell's own spans keep their meaning (the
/// answer in the place's context as given). Who they are is the plan's `instructors` for the
/// place and procedure on `from` ([`Plan::instructors_on`](crate::Plan::instructors_on), which
/// leaves the person out): an entry never spans a change of them.
///
/// A delegation of the roster file names the instructor and days itself; these are the days on
/// which one could be given.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OnInstruction {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub until: Date,
    /// The answer under such an instruction: permitted, or conditional on facts not known yet.
    pub outcome: Outcome,
    /// The route it would rest on.
    pub route: Option<Route>,
    /// The provision it would rest on.
    pub basis: Option<Citation>,
    /// What a manager must know before planning it; absent when nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// Something a manager must know beside a cell that rests on an instruction, or a suggestion to
/// arrange one. The wire form is tagged by `code`.
///
/// # Example
///
/// ```
/// use bevoegd::{Date, Lang, LabelsIn, Profession, RegistrationStatus, SuspensionGround, Warning};
///
/// let w = Warning::Measure {
///     staff: "bram".into(),
///     profession: Profession::Physician,
///     status: RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
///     since: Date::new(2025, 1, 1)?,
///     until: Some(Date::new(2025, 3, 15)?),
/// };
/// assert_eq!(w.code(), "measure");
/// assert!(w.describe(Lang::En, &LabelsIn::default())
///     .starts_with("bram: registration as physician suspended from 2025-01-01 through 2025-03-15"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Warning {
    /// The person who would act is under a measure on their registration on these days
    /// (suspended, struck off, authority withdrawn or restricted, bound to conditions). Acting on
    /// an authorised colleague's instruction is open to anyone (Wet BIG art. 35 lid 1), so the law
    /// may allow it; whether to plan them is the employer's decision, to be taken knowingly.
    Measure {
        /// The staff id.
        staff: String,
        /// The registration under the measure.
        profession: Profession,
        /// The measure.
        status: RegistrationStatus,
        /// The measure's first day.
        since: Date,
        /// The measure's last day; absent when open-ended.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<Date>,
    },
    /// The person who would act has a registration restricted for a group of patients or a place
    /// on these days ([`ScopedRestriction`](crate::ScopedRestriction)): the plan's answers for
    /// them hold only for acts outside it, and wait on the patient's group or the place where the
    /// place's context does not give it.
    ScopedMeasure {
        /// The staff id.
        staff: String,
        /// The registration under the restriction.
        profession: Profession,
        /// The restriction, with its days.
        restriction: ScopedRestriction,
    },
    /// The instructor a delegation names does not work at the place on these days (by the
    /// roster's assignments): the delegation rests on someone who is not there.
    InstructorNotThere {
        /// The instructor's staff id.
        instructor: String,
        /// The place id.
        place: String,
        /// The first day.
        from: Date,
        /// The last day.
        until: Date,
    },
    /// Nobody who may give the instruction works at the place on that day: an instruction needs
    /// someone from elsewhere.
    NoInstructorThere {
        /// The place id.
        place: String,
        /// The day.
        on: Date,
    },
}

impl Warning {
    /// The code of the wire form.
    pub const fn code(&self) -> &'static str {
        match self {
            Warning::Measure { .. } => "measure",
            Warning::ScopedMeasure { .. } => "scoped_measure",
            Warning::InstructorNotThere { .. } => "instructor_not_there",
            Warning::NoInstructorThere { .. } => "no_instructor_there",
        }
    }

    /// The warning in words, naming staff and places by their labels in `labels` (their ids
    /// where unlabelled).
    pub fn describe(&self, lang: Lang, labels: &LabelsIn) -> String {
        let label = |map: &std::collections::BTreeMap<String, String>, id: &str| {
            map.get(id).cloned().unwrap_or_else(|| id.to_owned())
        };
        match self {
            Warning::Measure { staff, profession, status, since, until } => {
                let who = label(&labels.staff, staff);
                let what = measure_words(*status, lang);
                let basis = law::INSTRUCTION;
                let days = match (until, lang) {
                    (Some(u), Lang::Nl) => format!("van {since} t/m {u}"),
                    (Some(u), Lang::En) => format!("from {since} through {u}"),
                    (None, Lang::Nl) => format!("sinds {since}"),
                    (None, Lang::En) => format!("since {since}"),
                };
                match lang {
                    Lang::Nl => format!(
                        "{who}: registratie als {} {what} {days}; in opdracht handelen staat ieder open ({basis}), \
                         maar of u {who} zo inzet is een besluit van de werkgever",
                        profession.name(lang)
                    ),
                    Lang::En => format!(
                        "{who}: registration as {} {what} {days}; acting on instruction is open to anyone ({basis}), \
                         but whether to deploy {who} so is the employer's decision",
                        profession.name(lang)
                    ),
                }
            }
            Warning::ScopedMeasure { staff, profession, restriction } => {
                let who = label(&labels.staff, staff);
                let (since, until) = (restriction.period.from(), restriction.period.until());
                let days = match (until, lang) {
                    (Some(u), Lang::Nl) => format!("van {since} t/m {u}"),
                    (Some(u), Lang::En) => format!("from {since} through {u}"),
                    (None, Lang::Nl) => format!("sinds {since}"),
                    (None, Lang::En) => format!("since {since}"),
                };
                let by = restriction.ground.name(lang);
                let reach = match (&restriction.scope, lang) {
                    (RestrictionScope::PatientGroup { group }, Lang::Nl) => format!("voor {}", group.name(lang)),
                    (RestrictionScope::PatientGroup { group }, _) => format!("for {}", group.name(lang)),
                    (RestrictionScope::OnlyPlace { place }, Lang::Nl) => {
                        format!("tot de plaats {}|{}", place.system(), place.value())
                    }
                    (RestrictionScope::OnlyPlace { place }, _) => {
                        format!("to the place {}|{}", place.system(), place.value())
                    }
                    (RestrictionScope::NotPlace { place }, Lang::Nl) => {
                        format!("op de plaats {}|{}", place.system(), place.value())
                    }
                    (RestrictionScope::NotPlace { place }, _) => {
                        format!("in the place {}|{}", place.system(), place.value())
                    }
                };
                let (measure, basis) = (law::restriction(restriction.ground), law::INSTRUCTION);
                match lang {
                    Lang::Nl => format!(
                        "{who}: bevoegdheid als {} ingeperkt {by} {reach} {days} ({measure}); in opdracht handelen \
                         staat ieder open ({basis}), maar of u {who} zo inzet is een besluit van de werkgever",
                        profession.name(lang)
                    ),
                    _ => format!(
                        "{who}: authority as {} restricted {by} {reach} {days} ({measure}); acting on instruction is \
                         open to anyone ({basis}), but whether to deploy {who} so is the employer's decision",
                        profession.name(lang)
                    ),
                }
            }
            Warning::InstructorNotThere { instructor, place, from, until } => {
                let (who, place) = (label(&labels.staff, instructor), label(&labels.places, place));
                match lang {
                    Lang::Nl => format!(
                        "{who} werkt van {from} t/m {until} niet in {place}, maar geeft volgens de delegatie daar de opdracht"
                    ),
                    Lang::En => format!(
                        "{who} does not work at {place} from {from} through {until}, yet the delegation has them instruct there"
                    ),
                }
            }
            Warning::NoInstructorThere { place, on } => {
                let place = label(&labels.places, place);
                match lang {
                    Lang::Nl => format!("op {on} werkt in {place} niemand die de opdracht mag geven"),
                    Lang::En => format!("on {on} nobody who may give the instruction works at {place}"),
                }
            }
        }
    }
}

/// The measure in words, as a participle after "registration as ...".
fn measure_words(status: RegistrationStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (RegistrationStatus::Suspended { .. }, Lang::Nl) => "geschorst",
        (RegistrationStatus::Suspended { .. }, Lang::En) => "suspended",
        (RegistrationStatus::StruckOff { .. }, Lang::Nl) => "doorgehaald",
        (RegistrationStatus::StruckOff { .. }, Lang::En) => "struck off",
        (RegistrationStatus::PartiallyWithdrawn { .. }, Lang::Nl) => "met bevoegdheid gedeeltelijk ontzegd",
        (RegistrationStatus::PartiallyWithdrawn { .. }, Lang::En) => "with authority partly withdrawn",
        (RegistrationStatus::Restricted { .. }, Lang::Nl) => "met beperkte bevoegdheid",
        (RegistrationStatus::Restricted { .. }, Lang::En) => "with authority restricted",
        (RegistrationStatus::ConditionsImposed, Lang::Nl) => "onder bijzondere voorwaarden",
        (RegistrationStatus::ConditionsImposed, Lang::En) => "bound to special conditions",
        (RegistrationStatus::UnknownMeasure, Lang::Nl) => "met een maatregel die niet gelezen kon worden",
        (RegistrationStatus::UnknownMeasure, Lang::En) => "with a measure that could not be read",
        (RegistrationStatus::Active | RegistrationStatus::ConditionalSuspension, Lang::Nl) => "actief",
        (RegistrationStatus::Active | RegistrationStatus::ConditionalSuspension, Lang::En) => "active",
    }
}

/// Whether a status is a measure a manager must be told about.
const fn is_measure(status: RegistrationStatus) -> bool {
    !matches!(status, RegistrationStatus::Active | RegistrationStatus::ConditionalSuspension)
}

/// The measures on `who`'s registrations on any day from `from` through `until`, in
/// registration and history order.
pub(crate) fn measures(staff: &str, who: &Professional, from: Date, until: Date) -> Vec<Warning> {
    let mut out = Vec::new();
    for reg in who.registrations() {
        for sp in reg.history() {
            let overlaps = sp.period.from() <= until && sp.period.until().is_none_or(|u| u >= from);
            if overlaps && is_measure(sp.status) {
                out.push(Warning::Measure {
                    staff: staff.to_owned(),
                    profession: reg.profession(),
                    status: sp.status,
                    since: sp.period.from(),
                    until: sp.period.until(),
                });
            }
        }
        for r in reg.restrictions() {
            if r.period.from() <= until && r.period.until().is_none_or(|u| u >= from) {
                out.push(Warning::ScopedMeasure {
                    staff: staff.to_owned(),
                    profession: reg.profession(),
                    restriction: r.clone(),
                });
            }
        }
    }
    out
}

/// A place's context with an instruction by one colleague from one day on, by (place, the
/// colleague, the day): shared by every cell of a plan.
pub(crate) type InstructedContexts = std::collections::HashMap<(usize, usize, Date), crate::input::context::Context>;

impl Schedule<'_> {
    /// The days from `x` through `y` on which staff `i` does not work at place `j`, as
    /// [`Warning::InstructorNotThere`] spans.
    pub(crate) fn absent(&self, i: usize, j: usize, x: Date, y: Date) -> Vec<Warning> {
        let (Some(&(id, _)), Some(&(place, _))) = (self.staff.get(i), self.places.get(j)) else { return Vec::new() };
        let worked: &[(Date, Date)] =
            self.works.iter().find(|w| w.staff == i && w.place == j).map_or(&[], |w| w.days.as_slice());
        let mut out = Vec::new();
        let mut day = Some(x);
        // The works' days are merged and in order: walk the gaps between them within x..=y.
        for &(a, b) in worked.iter().filter(|(a, b)| *b >= x && *a <= y) {
            if let Some(d) = day.filter(|d| *d < a) {
                let until = a.previous_day().unwrap_or(a).min(y);
                out.push(Warning::InstructorNotThere {
                    instructor: id.to_owned(),
                    place: place.to_owned(),
                    from: d,
                    until,
                });
            }
            day = b.next_day();
        }
        if let Some(d) = day.filter(|d| *d <= y) {
            out.push(Warning::InstructorNotThere {
                instructor: id.to_owned(),
                place: place.to_owned(),
                from: d,
                until: y,
            });
        }
        out
    }

    /// The days of cell (`i`, `j`, `procedure`) on which its person, not permitted in the
    /// place's context (`spans`), could act on the instruction of a colleague working there
    /// those days (`teachers`: the place's spans of who may instruct); `rows` is the law table's
    /// days in the roster. An entry never spans a change of who may instruct, so the plan's
    /// `instructors` on its first day name them all.
    #[allow(clippy::too_many_arguments, reason = "one cell's question and the plan's shared cache")]
    pub(crate) fn on_instruction(
        &self,
        i: usize,
        j: usize,
        procedure: Procedure,
        spans: &[Span],
        teachers: &TeacherSpans,
        rows: &[(Date, &'static Rule, bool)],
        contexts: &mut InstructedContexts,
    ) -> Vec<OnInstruction> {
        let mut out: Vec<(OnInstruction, usize)> = Vec::new();
        let Some(&(staff_id, who)) = self.staff.get(i) else { return Vec::new() };
        // Both routes need the performer's competence, and the instruction route is closed for
        // prescribing: someone with no record for the act valid on one of the days asked and no
        // row of functional independence can act on no instruction.
        let (first, last) = match (spans.first(), spans.last()) {
            (Some(a), Some(b)) => (a.from, b.until),
            _ => return Vec::new(),
        };
        let functional = !who.candidates(Route::FunctionalIndependence, procedure).is_empty();
        let instructed = procedure != Procedure::Prescribing
            && who.competences().iter().any(|c| {
                c.procedure == procedure && c.valid.from() <= last && c.valid.until().is_none_or(|u| u >= first)
            });
        if !(functional || instructed) {
            return Vec::new();
        }
        for s in spans.iter().filter(|s| s.outcome != Outcome::Permitted) {
            for (k, (from, until, present)) in teachers.iter().enumerate() {
                let (x, y) = (s.from.max(*from), s.until.min(*until));
                // Each of them may give it on every one of these days: ask with the first.
                let Some(&instructor) = present.iter().find(|t| **t != i) else { continue };
                if x > y {
                    continue;
                }
                // The place's context with that instruction is made once for every cell there.
                let ctx = match contexts.entry((j, instructor, x)) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        let Some(&(_, by)) = self.staff.get(instructor) else { continue };
                        let Some(ctx) = self.on(j, x) else { continue };
                        let instruction = Instruction {
                            instructor: by.clone(),
                            directions_followed: true,
                            supervision_ensured: true,
                        };
                        let Ok(ctx) = ctx.to_builder().instruction(instruction).build() else { continue };
                        e.insert(ctx)
                    }
                };
                let ctx: &crate::input::context::Context = ctx;
                let rows = Self::rows_within(rows, x, y);
                // Nothing changes in these days (the usual case within a roster): one answer,
                // from the evaluator without its reasons; else every change, as a plan finds it.
                let answers = if steady(who, procedure, ctx, y, rows) {
                    let a = answer_in(who, procedure, &Direct(ctx), &Competent::of(who, ctx));
                    vec![Span::of_answer(&a, x, y)]
                } else {
                    periods_with(who, procedure, ctx, y, rows)
                };
                for r in answers {
                    // Only what the instruction opens: an answer on its own route (or functional
                    // independence, which needs it). One the person has without it (say, a
                    // conditional independent one) is the cell's, not an entry here.
                    if !matches!(r.outcome, Outcome::Permitted | Outcome::Conditional)
                        || !matches!(r.route, Some(Route::OnInstruction | Route::FunctionalIndependence))
                    {
                        continue;
                    }
                    let warnings = measures(staff_id, who, r.from, r.until);
                    match out.last_mut() {
                        Some((last, span))
                            if *span == k
                                && last.until.next_day() == Some(r.from)
                                && (last.outcome, last.route, last.basis) == (r.outcome, r.route, r.basis) =>
                        {
                            last.until = r.until;
                            for w in warnings {
                                if !last.warnings.contains(&w) {
                                    last.warnings.push(w);
                                }
                            }
                        }
                        _ => out.push((
                            OnInstruction {
                                from: r.from,
                                until: r.until,
                                outcome: r.outcome,
                                route: r.route,
                                basis: r.basis,
                                warnings,
                            },
                            k,
                        )),
                    }
                }
            }
        }
        out.into_iter().map(|(o, _)| o).collect()
    }
}
