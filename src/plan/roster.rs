//! Rosters over days: who may do what, where, from one day through another, addressed by the
//! caller's own ids; how many are covered; which single missing thing would open the most; and
//! who may give the instruction where someone may act only on instruction.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::decision::Answer;
use crate::decision::{Outcome, Remedy, Span};
use crate::engine::PreparedContext;
use crate::engine::decide;
use crate::input::context::Context;
use crate::input::professional::Professional;
use crate::law::Rule;
use crate::plan::delegation;
use crate::plan::instruction::{InstructedContexts, OnInstruction, Warning, measures};
use crate::plan::timeline::{
    competence_steady, instructing_periods, periods_with, row_days, stretch_steady, waived_within,
};
use crate::types::date::Date;
use crate::types::procedure::Procedure;
use crate::types::procedure::ProcedureSet;
use crate::types::route::Route;

/// A roster to plan: staff and places, each under the caller's own id, the procedures asked
/// about, and the days. A place's context gives everything but the day, which the roster sets.
#[derive(Clone, Debug)]
pub struct Roster<'a> {
    /// The staff: (id, professional). Ids are the caller's: a BIG number, an employee number.
    pub staff: &'a [(String, Professional)],
    /// The places: (id, context). Each context's own date is replaced by the roster's days.
    pub places: &'a [(String, Context)],
    /// The procedures asked about.
    pub procedures: &'a [Procedure],
    /// The first day.
    pub from: Date,
    /// The last day.
    pub through: Date,
    /// Who works where: (staff id, place id) pairs, each staff member planned only in the places
    /// assigned to them; `None` plans every staff member in every place. Coverage counts, per
    /// place, the staff planned there.
    pub assigned: Option<&'a [(String, String)]>,
}

/// One cell of a roster: one person, one place, one procedure, and the answers over the days.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cell {
    /// The staff id.
    pub staff: String,
    /// The place id.
    pub place: String,
    /// The procedure.
    pub procedure: Procedure,
    /// The answers, as contiguous spans from the first day through the last.
    pub spans: Vec<Span>,
    /// Where the cell stands on each of its days, given a risk window
    /// ([`RosterFile::answer_with_risk_window`](crate::RosterFile::answer_with_risk_window),
    /// `bevoegd plan --risk-window DAYS`); absent otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standing: Vec<crate::plan::standing::StandingSpan>,
    /// The days on which a delegation of the roster file runs for this cell (the spans on those
    /// days are answered with its instruction); absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegated: Vec<DelegatedDays>,
    /// The days on which the person, not permitted in the place's context, could act on the
    /// instruction of a colleague working there those days ([`OnInstruction`]), in order;
    /// absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on_instruction: Vec<OnInstruction>,
}

/// How many may perform a procedure at a place, over a span of days.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Coverage {
    /// The place id.
    pub place: String,
    /// The procedure.
    pub procedure: Procedure,
    /// The first day these counts hold.
    pub from: Date,
    /// The last day.
    pub until: Date,
    /// Staff independently authorised.
    pub independent: u32,
    /// Staff permitted on some route (independent included).
    pub permitted: u32,
    /// Staff permitted only if facts not known yet hold.
    pub conditional: u32,
}

/// A roster planned: every cell, and the coverage per place and procedure.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Plan {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub through: Date,
    /// Staff-major, then place, then procedure.
    pub cells: Vec<Cell>,
    /// Per place and procedure, spans of days with their counts.
    pub coverage: Vec<Coverage>,
    /// Per place and procedure, spans of days with who may give the instruction there: the
    /// colleagues working there those days who derive authority for it from art. 36 (Wet BIG
    /// art. 35 lid 1 onder a, art. 38). Contiguous from the first day through the last, like
    /// `coverage`; a cell's performer is left out by [`Plan::instructors_on`].
    #[serde(default)]
    pub instructors: Vec<Instructors>,
}

/// Who may give the instruction for a procedure at a place over a span of days (in a [`Plan`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Instructors {
    /// The place id.
    pub place: String,
    /// The procedure.
    pub procedure: Procedure,
    /// The first day.
    pub from: Date,
    /// The last day.
    pub until: Date,
    /// The staff ids of those working at the place on every one of these days who may give the
    /// instruction there, in roster order (empty: nobody there may).
    pub staff: Vec<String>,
}

impl Coverage {
    const fn counts(&self) -> (u32, u32, u32) {
        (self.independent, self.permitted, self.conditional)
    }
}

impl Plan {
    /// The cell of `staff` at `place` for `procedure`, by the caller's ids.
    pub fn cell(&self, staff: &str, place: &str, procedure: Procedure) -> Option<&Cell> {
        self.cells.iter().find(|c| c.staff == staff && c.place == place && c.procedure == procedure)
    }

    /// The answer in a cell on one day.
    pub fn on(&self, staff: &str, place: &str, procedure: Procedure, day: Date) -> Option<&Span> {
        self.cell(staff, place, procedure)?.spans.iter().find(|s| s.from <= day && day <= s.until)
    }

    /// Who may give `staff` the instruction for `procedure` at `place` on `day`: the colleagues
    /// working there that day who may give it ([`Plan::instructors`]), `staff` left out.
    ///
    /// ```
    /// use bevoegd::{law, Date, Place, Procedure, RosterFile, StaffMember};
    ///
    /// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
    /// let (physician, _) = law::PHYSICIAN_INJECTION.example_case()?;
    /// let day = Date::new(2024, 1, 8)?;
    /// let staff = vec![StaffMember::new("nurse", nurse), StaffMember::new("physician", physician)];
    /// let roster = RosterFile::new(staff, vec![Place::new("ward", ctx)], vec![Procedure::Injection], day, day)?;
    /// let plan = roster.plan();
    /// assert_eq!(plan.instructors_on("nurse", "ward", Procedure::Injection, day), ["physician"]);
    /// assert!(plan.instructors_on("physician", "ward", Procedure::Injection, day).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn instructors_on(&self, staff: &str, place: &str, procedure: Procedure, day: Date) -> Vec<&str> {
        self.instructors
            .iter()
            .find(|i| i.place == place && i.procedure == procedure && i.from <= day && day <= i.until)
            .map(|i| i.staff.iter().map(String::as_str).filter(|id| *id != staff).collect())
            .unwrap_or_default()
    }

    /// The places and procedures nobody may perform independently on some day, with those days.
    pub fn uncovered(&self) -> impl Iterator<Item = &Coverage> {
        self.coverage.iter().filter(|c| c.independent == 0)
    }
}

/// Why a roster could not be planned.
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RosterError {
    /// A place's context could not be moved to a day of the roster (before the law table's
    /// coverage).
    #[error("place `{place}` cannot be planned on `{day}`: {reason}")]
    Place {
        /// The place id.
        place: String,
        /// The day.
        day: Date,
        /// Why.
        reason: String,
    },
    /// Two staff members or two places share an id.
    #[error("the id `{id}` is used twice")]
    DuplicateId {
        /// The id.
        id: String,
    },
    /// An assignment names a staff member or place the roster does not have.
    #[error("the assignment `{staff}` at `{place}` names an unknown {unknown}")]
    UnknownAssignment {
        /// The staff id assigned.
        staff: String,
        /// The place id assigned.
        place: String,
        /// Which of the two is unknown: `staff` or `place`.
        unknown: &'static str,
    },
    /// The roster is larger than [`MAX_ROSTER_CELLS`] allows.
    #[error("{size}")]
    TooLarge {
        /// How large, and the most allowed.
        size: RosterSize,
    },
    /// The last day is before the first.
    #[error("the roster ends on `{through}`, before it starts on `{from}`")]
    EndsBeforeStart {
        /// The first day.
        from: Date,
        /// The last day.
        through: Date,
    },
}

/// The most cells and staff-place pairs a roster may ask for ([`RosterSize`]): cells are staff ×
/// places × days × procedures, counting for each staff member only the places and days they are
/// assigned to (a roster without procedures counts as one). For the gaps' instructions the
/// colleague pairs are bounded too ([`MAX_ROSTER_COLLEAGUE_PAIRS`]: a gap is listed per colleague
/// who may give an instruction). A roster of this size is answered in under a second and a half
/// with about 125 MB (`docs/performance.md`); a larger roster is refused before anything is
/// computed ([`RosterError::TooLarge`]), so that no roster, however it was sent,
/// can exhaust the memory. Plan a longer period, a larger staff or a larger place in parts.
pub const MAX_ROSTER_CELLS: u64 = 1_000_000;

/// The most colleague pairs a roster may have ([`RosterSize::colleagues`]): four times
/// [`MAX_ROSTER_CELLS`], since a cell is listed under an instruction only when its person may not
/// give it themselves, so at most about a quarter of the pairs (half the staff needing an
/// instruction from the other half) become entries of the gaps.
pub const MAX_ROSTER_COLLEAGUE_PAIRS: u64 = 4 * MAX_ROSTER_CELLS;

/// How large a roster is, in the three measures [`MAX_ROSTER_CELLS`] bounds (each saturating).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct RosterSize {
    /// Cells: the days each staff member works at each place, summed, times the procedures.
    pub cells: u64,
    /// Staff × places.
    pub pairs: u64,
    /// Per place and procedure, the staff who work there at some time times those of them who
    /// could ever give the instruction for it (who hold a profession or qualification of a row of
    /// the table for it), summed: what the gaps may list, a cell once per colleague who may
    /// instruct it.
    pub colleagues: u64,
    /// The most cells and pairs allowed: [`MAX_ROSTER_CELLS`].
    pub max: u64,
    /// The most colleague pairs allowed: [`MAX_ROSTER_COLLEAGUE_PAIRS`].
    pub max_colleagues: u64,
}

impl std::fmt::Display for RosterSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the roster asks for {} cells (the days each of the `staff` works at each of the `places` from `from` \
             through `through`, per `assignments`, times the `procedures`), {} staff-place pairs and {} colleague \
             pairs (per place and procedure, the staff working there times those of them who could instruct); at most \
             {} cells and pairs and {} colleague pairs: plan fewer days, places, procedures or staff at once",
            self.cells, self.pairs, self.colleagues, self.max, self.max_colleagues
        )
    }
}

impl RosterSize {
    /// Staff × places, checked before anything is allocated for the pairs.
    pub(crate) fn pairs(staff: usize, places: usize) -> Result<(), RosterSize> {
        let pairs = count(staff).saturating_mul(count(places));
        let size = RosterSize {
            cells: 0,
            pairs,
            colleagues: 0,
            max: MAX_ROSTER_CELLS,
            max_colleagues: MAX_ROSTER_COLLEAGUE_PAIRS,
        };
        if pairs > MAX_ROSTER_CELLS { Err(size) } else { Ok(()) }
    }

    /// The size of a schedule's `works` (see [`Schedule`]).
    pub(crate) fn of(
        works: &[Work],
        staff: &[&Professional],
        places: usize,
        procedures: &[Procedure],
    ) -> Result<(), RosterSize> {
        let days: u64 = works.iter().flat_map(|w| &w.days).map(|&(a, b)| days_in(a, b)).fold(0, u64::saturating_add);
        // Per place, who works there, and per procedure who of them could ever give an
        // instruction for it (a row of the table they could hold): the gaps list a cell once per
        // colleague who may instruct it.
        let mut here: Vec<Vec<usize>> = vec![Vec::new(); places];
        for w in works {
            if let Some(h) = here.get_mut(w.place) {
                h.push(w.staff);
            }
        }
        let mut colleagues: u64 = 0;
        for here in &here {
            for &procedure in procedures {
                let could = here
                    .iter()
                    .filter_map(|i| staff.get(*i))
                    .filter(|who| !who.candidates(Route::Independent, procedure).is_empty())
                    .count();
                colleagues = colleagues.saturating_add(count(here.len()).saturating_mul(count(could)));
            }
        }
        let size = RosterSize {
            cells: cell_count(days, procedures.len()),
            pairs: count(works.len()),
            colleagues,
            max: MAX_ROSTER_CELLS,
            max_colleagues: MAX_ROSTER_COLLEAGUE_PAIRS,
        };
        let within = size.cells <= size.max && size.pairs <= size.max && size.colleagues <= size.max_colleagues;
        if within { Ok(()) } else { Err(size) }
    }
}

/// A count as `u64` (saturating).
fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// What both roster forms plan ([`Roster`] and [`RosterFile`](crate::RosterFile)): staff and
/// places by position, each place's context on the first day, and who works where: only the
/// (staff, place) pairs that work together, so that a hospital's roster of thousands of staff and
/// hundreds of places, each person at a few, costs what it assigns, not staff × places.
pub(crate) struct Schedule<'a> {
    pub(crate) staff: Vec<(&'a str, &'a Professional)>,
    pub(crate) places: Vec<(&'a str, Context)>,
    pub(crate) procedures: &'a [Procedure],
    pub(crate) from: Date,
    pub(crate) through: Date,
    /// Sorted by staff, then place; each pair once, with days.
    pub(crate) works: Vec<Work>,
    /// The delegations of a roster file, by index.
    pub(crate) delegated: Vec<Delegated>,
}

/// A delegation of a roster file, by index: the staff, the place, the procedures, the days, and
/// whether supervision and intervention are ensured (`None`: unknown).
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Delegated {
    pub(crate) instructor: usize,
    pub(crate) performer: usize,
    pub(crate) place: usize,
    pub(crate) procedures: Vec<Procedure>,
    pub(crate) from: Date,
    pub(crate) through: Date,
    pub(crate) supervision: Option<bool>,
}

/// The days a delegation of the roster file runs for a cell.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DelegatedDays {
    /// The delegation, by its position in the roster file's `delegations` (from 0).
    pub delegation: usize,
    /// The staff id of who gives the instruction.
    pub instructor: String,
    /// The first day.
    pub from: Date,
    /// The last day.
    pub until: Date,
    /// What a manager must know: the performer under a measure on these days, the instructor
    /// not working at the place on some of them; absent when nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// One staff member working at one place: on which days, as merged `(first, last)` spans in order.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Work {
    pub(crate) staff: usize,
    pub(crate) place: usize,
    pub(crate) days: Vec<(Date, Date)>,
}

/// Who works where from `(staff, place, first, last)` entries in any order: each pair once, its
/// days merged, sorted by staff then place.
pub(crate) fn works_of(mut entries: Vec<(usize, usize, Date, Date)>) -> Vec<Work> {
    entries.sort_unstable();
    let mut out: Vec<Work> = Vec::new();
    for (i, j, a, b) in entries {
        match out.last_mut() {
            Some(w) if w.staff == i && w.place == j => w.days.push((a, b)),
            _ => out.push(Work { staff: i, place: j, days: vec![(a, b)] }),
        }
    }
    for w in &mut out {
        w.days = merged(std::mem::take(&mut w.days));
    }
    out
}

/// Everyone at every place on every day.
pub(crate) fn everyone_everywhere(staff: usize, places: usize, from: Date, through: Date) -> Vec<Work> {
    (0..staff)
        .flat_map(|i| (0..places).map(move |j| Work { staff: i, place: j, days: vec![(from, through)] }))
        .collect()
}

/// The number of cells a schedule asks for: the days worked at each place, summed, times the
/// procedures (at least one); saturating, so that no product overflows.
pub(crate) fn cell_count(days_worked: u64, procedures: usize) -> u64 {
    days_worked.saturating_mul(u64::try_from(procedures.max(1)).unwrap_or(u64::MAX))
}

/// The days from `a` through `b`, both included (0 when `b` is before `a`).
pub(crate) fn days_in(a: Date, b: Date) -> u64 {
    u64::try_from(b.days_since(a).saturating_add(1).max(0)).unwrap_or(0)
}

/// Merges spans of days that overlap or touch, in order.
pub(crate) fn merged(mut spans: Vec<(Date, Date)>) -> Vec<(Date, Date)> {
    spans.sort();
    let mut out: Vec<(Date, Date)> = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        match out.last_mut() {
            Some(last) if a <= last.1 || last.1.next_day() == Some(a) => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

impl Roster<'_> {
    fn schedule(&self) -> Result<Schedule<'_>, RosterError> {
        if self.through < self.from {
            return Err(RosterError::EndsBeforeStart { from: self.from, through: self.through });
        }
        for ids in
            [self.staff.iter().map(|(id, _)| id).collect::<Vec<_>>(), self.places.iter().map(|(id, _)| id).collect()]
        {
            let mut sorted = ids.clone();
            sorted.sort();
            if let Some(w) = sorted.windows(2).find(|w| w.first() == w.get(1)) {
                return Err(RosterError::DuplicateId { id: w.first().map(|s| (*s).clone()).unwrap_or_default() });
            }
        }
        fn index<T>(ids: &[(String, T)]) -> HashMap<&str, usize> {
            ids.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect()
        }
        let works = match self.assigned {
            None => {
                RosterSize::pairs(self.staff.len(), self.places.len())
                    .map_err(|size| RosterError::TooLarge { size })?;
                everyone_everywhere(self.staff.len(), self.places.len(), self.from, self.through)
            }
            Some(assigned) => {
                let (staff, places) = (index(self.staff), index(self.places));
                let mut entries = Vec::with_capacity(assigned.len());
                for (s, p) in assigned {
                    let unknown =
                        |unknown| RosterError::UnknownAssignment { staff: s.clone(), place: p.clone(), unknown };
                    let i = staff.get(s.as_str()).ok_or_else(|| unknown("staff"))?;
                    let j = places.get(p.as_str()).ok_or_else(|| unknown("place"))?;
                    entries.push((*i, *j, self.from, self.through));
                }
                works_of(entries)
            }
        };
        let who: Vec<&Professional> = self.staff.iter().map(|(_, p)| p).collect();
        RosterSize::of(&works, &who, self.places.len(), self.procedures)
            .map_err(|size| RosterError::TooLarge { size })?;
        let places = self
            .places
            .iter()
            .map(|(id, ctx)| {
                let dated = ctx.to_builder().date(self.from).build().map_err(|e| RosterError::Place {
                    place: id.clone(),
                    day: self.from,
                    reason: e.to_string(),
                })?;
                Ok((id.as_str(), dated))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Schedule {
            staff: self.staff.iter().map(|(id, who)| (id.as_str(), who)).collect(),
            places,
            procedures: self.procedures,
            from: self.from,
            through: self.through,
            works,
            delegated: Vec::new(),
        })
    }

    /// Plans the roster: every cell's answers from the first day through the last, equal to
    /// deciding every day, the coverage per place and procedure, and who may give the instruction
    /// where ([`Plan::instructors`]).
    ///
    /// # Errors
    ///
    /// [`RosterError`] when the last day is before the first, an id is used twice, an assignment
    /// names a staff member or place the roster does not have, a place cannot be dated on the
    /// first day, or the roster asks for more than [`MAX_ROSTER_CELLS`] cells.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{law, Date, Procedure, Roster};
    ///
    /// let rule = &law::NURSE_SPECIALIST_ACUTE_CATHETERISATION;
    /// let (vs, ctx) = rule.example_case()?;
    /// let staff = [("19012345601".to_owned(), vs)];
    /// let places = [("urology".to_owned(), ctx)];
    /// let roster = Roster {
    ///     staff: &staff,
    ///     places: &places,
    ///     procedures: &[Procedure::Catheterisation],
    ///     from: Date::new(2020, 12, 14)?,
    ///     through: Date::new(2021, 1, 10)?,
    ///     assigned: None,
    /// };
    /// let plan = roster.plan()?;
    /// let day = |d| Date::new(2021, 1, d);
    /// assert!(plan.on("19012345601", "urology", Procedure::Catheterisation, day(1)?).is_some_and(|s| s.route.is_none()));
    /// // From 2021-01-01 nobody in urology may independently catheterise.
    /// assert_eq!(plan.uncovered().next().map(|c| c.from), Some(day(1)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn plan(&self) -> Result<Plan, RosterError> {
        Ok(self.schedule()?.plan())
    }

    /// Which single missing thing would open the most cells on the first day, most first: a
    /// competence record, a protocol for a subdomain, a case fact, an instruction by a named
    /// instructor on the staff, ... A cell counts for a thing when, on some route, that thing is
    /// the only one the cell still needs
    /// ([`Decision::missing_by_route`](crate::Decision::missing_by_route)); cells needing two or more
    /// things, and routes nothing opens ([`Remedy::NotOpen`]), are left out. Where a route
    /// needs only an instruction (or an authorised instructor), one gap is listed per colleague
    /// who may give it there and works at that place that day, the performer aside, and one with
    /// no instructor when nobody there may. Ties keep first-found order.
    ///
    /// # Errors
    ///
    /// As [`Roster::plan`].
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{law, CaseFact, CaseFacts, FactValue, Procedure, Remedy, Roster};
    ///
    /// let rule = &law::PHYSICIAN_ASSISTANT_CATHETERISATION;
    /// let (pa, ctx) = rule.example_case()?;
    /// let staff = [("pa".to_owned(), pa)];
    /// // Routine is not established: the one thing the physician assistant still needs.
    /// let facts = CaseFacts::ALL.set(CaseFact::Routine, FactValue::NotEstablished);
    /// let places = [("ward".to_owned(), ctx.to_builder().facts(facts).build()?)];
    /// let day = ctx.date();
    /// let roster = Roster { staff: &staff, places: &places, procedures: &[Procedure::Catheterisation], from: day, through: day, assigned: None };
    /// let gaps = roster.gaps()?;
    /// assert!(matches!(gaps[0].remedy, Remedy::CaseFact { .. }));
    /// assert_eq!(gaps[0].opens.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn gaps(&self) -> Result<Vec<Gap>, RosterError> {
        let schedule = self.schedule()?;
        let teach = schedule.teachers();
        Ok(schedule.gaps(&teach))
    }
}

/// Who may instruct at one place for one procedure: (staff position, first day, last day), in
/// staff order, for the days they work there and may give the instruction.
pub(crate) type Teachers = Vec<(usize, Date, Date)>;

/// Who may instruct at one place for one procedure, as contiguous spans of days (first, last,
/// staff positions in order) from the roster's first day through its last.
pub(crate) type TeacherSpans = Vec<(Date, Date, Vec<usize>)>;

impl Schedule<'_> {
    /// The law table's days within `a..=b` (after `a`), from the roster's list.
    pub(crate) fn rows_within<'r>(
        rows: &'r [(Date, &'static Rule, bool)],
        a: Date,
        b: Date,
    ) -> &'r [(Date, &'static Rule, bool)] {
        let lo = rows.partition_point(|r| r.0 <= a);
        let hi = rows.partition_point(|r| r.0 <= b).max(lo);
        rows.get(lo..hi).unwrap_or_default()
    }

    /// Every (place, first day) of a stretch someone works, once each, in order.
    fn first_days(&self) -> Vec<(usize, Date)> {
        let mut out: Vec<(usize, Date)> =
            self.works.iter().flat_map(|w| w.days.iter().map(move |&(a, _)| (w.place, a))).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The place's context on `day` (the first day's borrowed).
    pub(crate) fn on(&self, j: usize, day: Date) -> Option<Cow<'_, Context>> {
        let (_, ctx) = self.places.get(j)?;
        if day == ctx.date() {
            Some(Cow::Borrowed(ctx))
        } else {
            ctx.to_builder().date(day).build().ok().map(Cow::Owned)
        }
    }

    /// Where each cell stands on each day it is worked, with a risk window of `window` days, in
    /// the order of [`Schedule::plan`]'s cells: a day the person may act is at risk when from a
    /// day within the window on they may not (the answers past the roster's last day are the
    /// place's context on those days).
    pub(crate) fn standings(&self, window: u32) -> Vec<Vec<crate::plan::standing::StandingSpan>> {
        use crate::plan::standing::{Standing, denied_standing, may_act, plus_days, push_day};
        let last = plus_days(self.through, window);
        let rows = row_days(self.from, last);
        // Each place's context on each roster day, made once (a denied day is decided again
        // for its reasons).
        let days = usize::try_from(self.through.days_since(self.from)).unwrap_or(0) + 1;
        let mut contexts: Vec<Option<Context>> = vec![None; self.places.len() * days];
        let mut out = Vec::new();
        for &Work { staff: i, place: j, days: ref days_worked } in &self.works {
            let (Some(&(_, who)), Some(_)) = (self.staff.get(i), self.places.get(j)) else {
                continue;
            };
            for &procedure in self.procedures {
                let mut spans = Vec::new();
                for &(a, b) in days_worked {
                    let Some(ctx) = self.on(j, a) else { continue };
                    let end = plus_days(b, window);
                    let ahead = periods_with(who, procedure, &ctx, end, Self::rows_within(&rows, a, end));
                    let mut day = Some(a);
                    while let Some(d) = day.filter(|d| *d <= b) {
                        let Some(now) = ahead.iter().find(|s| s.from <= d && d <= s.until) else { break };
                        if may_act(now.outcome) {
                            let lost = ahead.iter().find(|s| s.from > d && !may_act(s.outcome));
                            match lost {
                                Some(s) if s.from.days_since(d) <= i64::from(window) => {
                                    push_day(&mut spans, d, Standing::AtRisk, Some(s.from), s.because.clone());
                                }
                                _ => push_day(&mut spans, d, Standing::OnSchedule, None, None),
                            }
                        } else {
                            let k = j * days + usize::try_from(d.days_since(self.from)).unwrap_or(0);
                            let cached = contexts.get_mut(k).and_then(|c| {
                                if c.is_none() {
                                    *c = self.on(j, d).map(Cow::into_owned);
                                }
                                c.as_ref()
                            });
                            let standing = match cached {
                                Some(ctx_d) => denied_standing(who, procedure, ctx_d),
                                None => Standing::Never,
                            };
                            push_day(&mut spans, d, standing, None, None);
                        }
                        day = d.next_day();
                    }
                }
                out.push(spans);
            }
        }
        out
    }

    /// Per place and procedure (place-major), who may instruct there on which days.
    pub(crate) fn teachers(&self) -> Vec<Teachers> {
        let rows = row_days(self.from, self.through);
        let np = self.places.len();
        let mut out: Vec<Teachers> = vec![Vec::new(); np * self.procedures.len()];
        // In staff order, so that each list is in roster order.
        for &Work { staff: i, place: j, ref days } in &self.works {
            let Some(&(_, who)) = self.staff.get(i) else { continue };
            for &(a, b) in days {
                let Some(ctx) = self.on(j, a) else { continue };
                let rows = Self::rows_within(&rows, a, b);
                // Nothing of theirs or the table's changes in these days (the usual case): one
                // question per procedure, as `instructing_periods` asks it then.
                let steady = stretch_steady(who, &ctx, b, rows) && !waived_within(a, b);
                for (k, &procedure) in self.procedures.iter().enumerate() {
                    // Who can hold no row of the table for the procedure never instructs it.
                    if who.candidates(Route::Independent, procedure).is_empty() {
                        continue;
                    }
                    let Some(t) = out.get_mut(j * self.procedures.len() + k) else { continue };
                    if steady && competence_steady(who, procedure, &ctx, b) {
                        if crate::engine::may_instruct(who, procedure, &ctx) {
                            t.push((i, a, b));
                        }
                    } else {
                        t.extend(
                            instructing_periods(who, procedure, &ctx, b, rows).into_iter().map(|(f, u)| (i, f, u)),
                        );
                    }
                }
            }
        }
        out
    }

    /// Plans every cell, the coverage, and who may instruct where.
    pub(crate) fn plan(&self) -> Plan {
        let teach = self.teacher_spans(&self.teachers());
        let (cells, here) = self.cells(Some(&teach));
        let coverage = self.coverage(&cells, &here);
        let instructors = self.instructor_spans(&teach);
        Plan { from: self.from, through: self.through, cells, coverage, instructors }
    }

    /// The coverage alone, per place and procedure, without the instructors.
    pub(crate) fn coverage_only(&self) -> Vec<Coverage> {
        let (cells, here) = self.cells(None);
        self.coverage(&cells, &here)
    }

    /// Every cell, and per place and procedure (place-major) the cells there; with who may
    /// instruct where (`teach`), each cell's days on instruction.
    fn cells(&self, teach: Option<&[TeacherSpans]>) -> (Vec<Cell>, Vec<Vec<usize>>) {
        let rows = row_days(self.from, self.through);
        let np = self.places.len();
        let mut cells = Vec::with_capacity(self.works.len().saturating_mul(self.procedures.len()));
        // Per place and procedure, the cells there.
        let mut here: Vec<Vec<usize>> = vec![Vec::new(); np * self.procedures.len()];
        let mut instructed = InstructedContexts::new();
        // Each place's context on each first day of a stretch worked, prepared once for everyone
        // working there from that day: a stretch in which nothing changes (the usual case) is
        // answered from the evaluator's batch answer, without deciding it again with reasons.
        let firsts: Vec<((usize, Date), Context)> =
            self.first_days().into_iter().filter_map(|(j, a)| Some(((j, a), self.on(j, a)?.into_owned()))).collect();
        let keys: HashMap<(usize, Date), usize> = firsts.iter().enumerate().map(|(n, (key, _))| (*key, n)).collect();
        let asked: ProcedureSet = self.procedures.iter().copied().collect();
        let prepared: Vec<PreparedContext<'_>> =
            firsts.iter().map(|(_, ctx)| PreparedContext::for_procedures(ctx, asked)).collect();
        let mut answers: Vec<Answer> = Vec::new();
        for &Work { staff: i, place: j, ref days } in &self.works {
            let (Some(&(staff_id, who)), Some(&(place_id, _))) = (self.staff.get(i), self.places.get(j)) else {
                continue;
            };
            // Per stretch worked: its place prepared on its first day, its last day, and the
            // answers for every procedure from `answers[n * procedures..]`.
            let mut stretches: Vec<(&PreparedContext<'_>, Date, bool)> = Vec::with_capacity(days.len());
            answers.clear();
            for &(a, b) in days {
                let Some(ward) = keys.get(&(j, a)).and_then(|n| prepared.get(*n)) else { continue };
                ward.answers_into(who, self.procedures, &mut answers);
                let ctx = ward.context();
                let steady = stretch_steady(who, ctx, b, Self::rows_within(&rows, a, b));
                stretches.push((ward, b, steady));
            }
            for (k, &procedure) in self.procedures.iter().enumerate() {
                let at = j * self.procedures.len() + k;
                if let Some(h) = here.get_mut(at) {
                    h.push(cells.len());
                }
                let mut spans: Vec<Span> = Vec::with_capacity(stretches.len());
                for (n, &(ward, b, steady)) in stretches.iter().enumerate() {
                    let ctx = ward.context();
                    let rows = Self::rows_within(&rows, ctx.date(), b);
                    match answers.get(n * self.procedures.len() + k) {
                        Some(answer) if steady && competence_steady(who, procedure, ctx, b) => {
                            spans.push(Span::of_answer(answer, ctx.date(), b));
                        }
                        _ => spans.extend(periods_with(who, procedure, ctx, b, rows)),
                    }
                }
                let mut delegated = Vec::new();
                let mut runs = Vec::new();
                for (k, d) in self.delegated.iter().enumerate() {
                    if d.performer != i || d.place != j || !d.procedures.contains(&procedure) {
                        continue;
                    }
                    for &(a, b) in days {
                        let (x, y) = (a.max(d.from), b.min(d.through));
                        if x > y {
                            continue;
                        }
                        let Some(instructor) = self.staff.get(d.instructor) else { continue };
                        let Some(ctx) = self.on(j, x) else { continue };
                        let rows = Self::rows_within(&rows, x, y);
                        let under = |directions: bool, supervision: bool| {
                            let instruction = crate::input::context::Instruction {
                                instructor: instructor.1.clone(),
                                directions_followed: directions,
                                supervision_ensured: supervision,
                            };
                            ctx.to_builder()
                                .instruction(instruction)
                                .build()
                                .map(|c| periods_with(who, procedure, &c, y, rows))
                                .unwrap_or_default()
                        };
                        // Directions are not known before the act; supervision as the record says.
                        let hoped = under(true, d.supervision.unwrap_or(true));
                        let feared = under(false, d.supervision.unwrap_or(false));
                        runs.push(delegation::Run { k, hoped, feared, x, y });
                        let mut warnings = measures(staff_id, who, x, y);
                        warnings.extend(self.absent(d.instructor, j, x, y));
                        delegated.push(DelegatedDays {
                            delegation: k,
                            instructor: instructor.0.to_owned(),
                            from: x,
                            until: y,
                            warnings,
                        });
                    }
                }
                if !runs.is_empty() {
                    spans = delegation::splice(spans, &runs);
                }
                let on_instruction = match teach.and_then(|t| t.get(at)) {
                    Some(teachers) => self.on_instruction(i, j, procedure, &spans, teachers, &rows, &mut instructed),
                    None => Vec::new(),
                };
                cells.push(Cell {
                    staff: staff_id.to_owned(),
                    place: place_id.to_owned(),
                    procedure,
                    spans,
                    standing: Vec::new(),
                    delegated,
                    on_instruction,
                });
            }
        }
        (cells, here)
    }

    /// Per place and procedure, contiguous spans of days with who may instruct there.
    fn instructor_spans(&self, spans: &[TeacherSpans]) -> Vec<Instructors> {
        let mut out = Vec::new();
        let mut lists = spans.iter();
        for &(place, _) in &self.places {
            for &procedure in self.procedures {
                for (from, until, who) in lists.next().map(Vec::as_slice).unwrap_or_default() {
                    let staff = who.iter().filter_map(|i| self.staff.get(*i).map(|(id, _)| (*id).to_owned())).collect();
                    out.push(Instructors { place: place.to_owned(), procedure, from: *from, until: *until, staff });
                }
            }
        }
        out
    }

    /// Per place and procedure (place-major), contiguous spans of days from the first through
    /// the last with who may instruct there (staff positions, in order); a span per change.
    pub(crate) fn teacher_spans(&self, teach: &[Teachers]) -> Vec<TeacherSpans> {
        teach
            .iter()
            .map(|teach| {
                let mut starts: Vec<Date> = teach
                    .iter()
                    .flat_map(|(_, f, u)| [Some(*f), u.next_day()])
                    .flatten()
                    .filter(|d| *d > self.from && *d <= self.through)
                    .collect();
                starts.push(self.from);
                starts.sort();
                starts.dedup();
                let mut out: TeacherSpans = Vec::new();
                for (n, &from) in starts.iter().enumerate() {
                    let until = starts.get(n + 1).and_then(|d| d.previous_day()).unwrap_or(self.through);
                    let mut who: Vec<usize> =
                        teach.iter().filter(|(_, f, u)| *f <= from && from <= *u).map(|(i, _, _)| *i).collect();
                    who.sort_unstable();
                    who.dedup();
                    match out.last_mut() {
                        Some(last) if last.2 == who => last.1 = until,
                        _ => out.push((from, until, who)),
                    }
                }
                out
            })
            .collect()
    }

    /// Counts per place, procedure and longest span of days on which no count changes: each
    /// cell's spans read once, in cell order, as the days on which they add to a count and the
    /// day after, on which they stop; then the days swept in order.
    fn coverage(&self, cells: &[Cell], here: &[Vec<usize>]) -> Vec<Coverage> {
        let mut out: Vec<Coverage> = Vec::new();
        let mut buckets = here.iter();
        // (day, independent, permitted, conditional): what a span adds on its day, or takes away.
        let mut changes: Vec<(Date, i64, i64, i64)> = Vec::new();
        for &(place, _) in &self.places {
            for &procedure in self.procedures {
                changes.clear();
                for c in buckets.next().into_iter().flatten().filter_map(|i| cells.get(*i)) {
                    for s in &c.spans {
                        let (independent, permitted, conditional) = match s.outcome {
                            Outcome::Permitted => (i64::from(s.route == Some(Route::Independent)), 1, 0),
                            Outcome::Conditional => (0, 0, 1),
                            _ => continue,
                        };
                        changes.push((s.from, independent, permitted, conditional));
                        if let Some(end) = s.until.next_day().filter(|d| *d <= self.through) {
                            changes.push((end, -independent, -permitted, -conditional));
                        }
                    }
                }
                changes.sort_unstable_by_key(|c| c.0);
                let mut counts = (0_i64, 0_i64, 0_i64);
                let mut from = self.from;
                let mut next = changes.iter().peekable();
                loop {
                    while let Some(c) = next.next_if(|c| c.0 <= from) {
                        counts = (counts.0 + c.1, counts.1 + c.2, counts.2 + c.3);
                    }
                    let following = next.peek().map(|c| c.0);
                    let until = following.and_then(Date::previous_day).unwrap_or(self.through);
                    let count = |n: i64| u32::try_from(n).unwrap_or(0);
                    let (independent, permitted, conditional) = (count(counts.0), count(counts.1), count(counts.2));
                    match out.last_mut() {
                        Some(last)
                            if last.place == place
                                && last.procedure == procedure
                                && last.counts() == (independent, permitted, conditional) =>
                        {
                            last.until = until;
                        }
                        _ => out.push(Coverage {
                            place: place.to_owned(),
                            procedure,
                            from,
                            until,
                            independent,
                            permitted,
                            conditional,
                        }),
                    }
                    match following {
                        Some(day) => from = day,
                        None => break,
                    }
                }
            }
        }
        out
    }

    /// The gaps ([`Roster::gaps`]), each cell judged on the first day its person works there.
    pub(crate) fn gaps(&self, teach: &[Teachers]) -> Vec<Gap> {
        let mut out: Vec<Gap> = Vec::new();
        let mut add = |remedy: Remedy, instructor: Option<String>, cell: Opened| match out
            .iter_mut()
            .find(|g| g.remedy == remedy && g.instructor == instructor)
        {
            Some(g) => g.opens.push(cell),
            None => out.push(Gap { remedy, instructor, opens: vec![cell] }),
        };
        for &Work { staff: i, place: j, ref days } in &self.works {
            let (Some(&(staff_id, who)), Some(&(place_id, _))) = (self.staff.get(i), self.places.get(j)) else {
                continue;
            };
            let Some(&(day, _)) = days.first() else { continue };
            let Some(ctx) = self.on(j, day) else { continue };
            for (k, &procedure) in self.procedures.iter().enumerate() {
                let d = decide(who, procedure, &ctx);
                if d.is_permitted() {
                    continue;
                }
                for (route, needs) in d.missing_by_route() {
                    let [remedy] = needs.as_slice() else { continue };
                    let mut cell = Opened {
                        staff: staff_id.to_owned(),
                        place: place_id.to_owned(),
                        procedure,
                        route,
                        warnings: Vec::new(),
                    };
                    match remedy {
                        Remedy::NotOpen { .. } => {}
                        Remedy::Instruction | Remedy::AuthorisedInstructor => {
                            // Whoever gives it, a manager must know the performer's measures.
                            cell.warnings = measures(staff_id, who, day, day);
                            let by: Vec<&str> = teach
                                .get(j * self.procedures.len() + k)
                                .into_iter()
                                .flatten()
                                .filter(|(t, f, u)| *t != i && *f <= day && day <= *u)
                                .filter_map(|(t, _, _)| self.staff.get(*t).map(|(id, _)| *id))
                                .collect();
                            if by.is_empty() {
                                cell.warnings.push(Warning::NoInstructorThere { place: place_id.to_owned(), on: day });
                                add(*remedy, None, cell);
                            } else {
                                for id in by {
                                    add(*remedy, Some(id.to_owned()), cell.clone());
                                }
                            }
                        }
                        _ => add(*remedy, None, cell),
                    }
                }
            }
        }
        out.sort_by_key(|g| std::cmp::Reverse(g.opens.len()));
        out
    }
}

/// One missing thing and the cells it alone would open, from [`Roster::gaps`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Gap {
    /// The missing thing.
    pub remedy: Remedy,
    /// For an instruction: the staff id of one who may give it there; `None` when nobody on the
    /// staff may, or for any other remedy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructor: Option<String>,
    /// The cells it opens, each with the route it opens.
    pub opens: Vec<Opened>,
}

/// A cell a [`Gap`] would open, and on which route.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Opened {
    /// The staff id.
    pub staff: String,
    /// The place id.
    pub place: String,
    /// The procedure.
    pub procedure: Procedure,
    /// The route it would open.
    pub route: Route,
    /// What a manager must know before arranging it: the person's registration under a
    /// measure, nobody there who may give the instruction; absent when nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// Who among `staff` may give the instruction for `procedure` in `ctx`: those who derive
/// authority from art. 36/36a for it there on that day (Wet BIG art. 35 lid 1 onder a, art. 38).
/// Their own competence is not needed from 2011-07-01 (art. 36 lid 15, second sentence).
///
/// # Example
///
/// ```
/// use bevoegd::{law, instructors, Date, Procedure, Profession, Professional, Registration};
///
/// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
/// let physician = Professional::builder("arts")
///     .registration(Registration::active_from(Profession::Physician, Date::new(2005, 1, 1)?))
///     .build()?;
/// let staff = [("nurse".to_owned(), nurse), ("physician".to_owned(), physician)];
/// let day = ctx.to_builder().date(Date::new(2024, 1, 8)?).build()?;
/// assert_eq!(instructors(&staff, Procedure::Injection, &day), ["physician"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn instructors<'a>(staff: &'a [(String, Professional)], procedure: Procedure, ctx: &Context) -> Vec<&'a str> {
    staff
        .iter()
        .filter(|(_, who)| crate::engine::may_instruct(who, procedure, ctx))
        .map(|(id, _)| id.as_str())
        .collect()
}
