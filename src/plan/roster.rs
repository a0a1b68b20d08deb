//! Rosters over days: who may do what, where, from one day through another, addressed by the
//! caller's own ids; how many are covered; which single missing thing would open the most; and
//! who may give the instruction where someone may act only on instruction.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::decision::{Change, Outcome, Remedy, Span};
use crate::engine::decide;
use crate::input::context::Context;
use crate::input::professional::Professional;
use crate::law::Rule;
use crate::plan::timeline::{instructing_periods, periods_with, row_days};
use crate::types::date::Date;
use crate::types::procedure::Procedure;
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
    /// The roster asks for more cells than [`MAX_ROSTER_CELLS`].
    #[error(
        "the roster asks for {cells} cells (staff × places × days × procedures), more than the {max} a roster may have: plan fewer days, places or procedures at once"
    )]
    TooLarge {
        /// The cells asked for (saturating at `u64::MAX`).
        cells: u64,
        /// The most a roster may have.
        max: u64,
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

/// The most cells a roster may ask for: staff × places × days × procedures, counting for each
/// staff member only the places and days they are assigned to (a roster without procedures
/// counts as one). A plan of this many cells takes about a second and a few hundred megabytes;
/// a larger roster is refused before anything is computed ([`RosterError::TooLarge`]), so that no
/// roster, however it was sent, can exhaust the memory. Plan a longer period or a larger staff in
/// parts.
pub const MAX_ROSTER_CELLS: u64 = 1_000_000;

/// What both roster forms plan ([`Roster`] and [`RosterFile`](crate::RosterFile)): staff and
/// places by position, each place's context on the first day, and for every (staff, place),
/// staff-major, the days the person works there as merged `(first, last)` spans in order.
pub(crate) struct Schedule<'a> {
    pub(crate) staff: Vec<(&'a str, &'a Professional)>,
    pub(crate) places: Vec<(&'a str, Context)>,
    pub(crate) procedures: &'a [Procedure],
    pub(crate) from: Date,
    pub(crate) through: Date,
    /// Per (staff, place), staff-major; empty: never there.
    pub(crate) works: Vec<Vec<(Date, Date)>>,
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
        let days = days_in(self.from, self.through);
        let pairs = match self.assigned {
            None => u64::try_from(self.staff.len())
                .unwrap_or(u64::MAX)
                .saturating_mul(u64::try_from(self.places.len()).unwrap_or(u64::MAX)),
            Some(assigned) => u64::try_from(assigned.len()).unwrap_or(u64::MAX),
        };
        let cells = cell_count(pairs.saturating_mul(days), self.procedures.len());
        if cells > MAX_ROSTER_CELLS {
            return Err(RosterError::TooLarge { cells, max: MAX_ROSTER_CELLS });
        }
        let whole = vec![(self.from, self.through)];
        let works = match self.assigned {
            None => vec![whole; self.staff.len() * self.places.len()],
            Some(assigned) => {
                let (staff, places) = (index(self.staff), index(self.places));
                let mut works = vec![Vec::new(); self.staff.len() * self.places.len()];
                for (s, p) in assigned {
                    let unknown =
                        |unknown| RosterError::UnknownAssignment { staff: s.clone(), place: p.clone(), unknown };
                    let i = staff.get(s.as_str()).ok_or_else(|| unknown("staff"))?;
                    let j = places.get(p.as_str()).ok_or_else(|| unknown("place"))?;
                    if let Some(w) = works.get_mut(i * self.places.len() + j) {
                        *w = whole.clone();
                    }
                }
                works
            }
        };
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
        })
    }

    /// Plans the roster: every cell's answers from the first day through the last, equal to
    /// deciding every day, and the coverage per place and procedure. In a span not independently
    /// permitted, [`Span::instructors`] lists the colleagues who may give the instruction there.
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

impl Schedule<'_> {
    /// The law table's days within `a..=b` (after `a`), from the roster's list.
    fn rows_within<'r>(rows: &'r [(Date, &'static Rule, bool)], a: Date, b: Date) -> &'r [(Date, &'static Rule, bool)] {
        let lo = rows.partition_point(|r| r.0 <= a);
        let hi = rows.partition_point(|r| r.0 <= b).max(lo);
        rows.get(lo..hi).unwrap_or_default()
    }

    /// The place's context on `day` (the first day's as is).
    fn on(&self, j: usize, day: Date) -> Option<Context> {
        let (_, ctx) = self.places.get(j)?;
        if day == ctx.date() { Some(ctx.clone()) } else { ctx.to_builder().date(day).build().ok() }
    }

    /// Per place and procedure (place-major), who may instruct there on which days.
    pub(crate) fn teachers(&self) -> Vec<Teachers> {
        let rows = row_days(self.from, self.through);
        let np = self.places.len();
        let mut out: Vec<Teachers> = vec![Vec::new(); np * self.procedures.len()];
        for (i, (_, who)) in self.staff.iter().enumerate() {
            for j in 0..np {
                let Some(ranges) = self.works.get(i * np + j) else { continue };
                for &(a, b) in ranges {
                    let Some(ctx) = self.on(j, a) else { continue };
                    let rows = Self::rows_within(&rows, a, b);
                    for (k, &procedure) in self.procedures.iter().enumerate() {
                        if let Some(t) = out.get_mut(j * self.procedures.len() + k) {
                            t.extend(
                                instructing_periods(who, procedure, &ctx, b, rows).into_iter().map(|(f, u)| (i, f, u)),
                            );
                        }
                    }
                }
            }
        }
        out
    }

    /// Plans every cell, with the instructors in each span, and the coverage.
    pub(crate) fn plan(&self) -> Plan {
        let rows = row_days(self.from, self.through);
        let teach = self.teachers();
        let np = self.places.len();
        let mut cells = Vec::new();
        // Per place and procedure, the cells there.
        let mut here: Vec<Vec<usize>> = vec![Vec::new(); np * self.procedures.len()];
        for (i, &(staff_id, who)) in self.staff.iter().enumerate() {
            for (j, &(place_id, _)) in self.places.iter().enumerate() {
                let Some(ranges) = self.works.get(i * np + j).filter(|r| !r.is_empty()) else { continue };
                let contexts: Vec<(Context, Date)> =
                    ranges.iter().filter_map(|&(a, b)| Some((self.on(j, a)?, b))).collect();
                for (k, &procedure) in self.procedures.iter().enumerate() {
                    let at = j * self.procedures.len() + k;
                    if let Some(h) = here.get_mut(at) {
                        h.push(cells.len());
                    }
                    let spans: Vec<Span> = contexts
                        .iter()
                        .flat_map(|(ctx, b)| {
                            periods_with(who, procedure, ctx, *b, Self::rows_within(&rows, ctx.date(), *b))
                        })
                        .collect();
                    let teachers = teach.get(at).map(Vec::as_slice).unwrap_or_default();
                    cells.push(Cell {
                        staff: staff_id.to_owned(),
                        place: place_id.to_owned(),
                        procedure,
                        spans: self.with_instructors(spans, i, teachers),
                    });
                }
            }
        }
        let coverage = self.coverage(&cells, &here);
        Plan { from: self.from, through: self.through, cells, coverage }
    }

    /// The spans of one cell with the instructors of each: a span not independently permitted
    /// is cut where who may instruct there changes, and each part lists them.
    fn with_instructors(&self, spans: Vec<Span>, performer: usize, teach: &[(usize, Date, Date)]) -> Vec<Span> {
        let others: Vec<&(usize, Date, Date)> = teach.iter().filter(|t| t.0 != performer).collect();
        let mut out: Vec<Span> = Vec::with_capacity(spans.len());
        for span in spans {
            if span.route == Some(Route::Independent) {
                out.push(span);
                continue;
            }
            let mut cuts: Vec<Date> = others
                .iter()
                .flat_map(|(_, f, u)| [Some(*f), u.next_day()])
                .flatten()
                .filter(|d| *d > span.from && *d <= span.until)
                .collect();
            cuts.sort();
            cuts.dedup();
            let starts = std::iter::once(span.from).chain(cuts.iter().copied());
            let mut first = true;
            let mut previous: Option<Vec<String>> = None;
            let ends = cuts.iter().filter_map(|d| d.previous_day()).chain(std::iter::once(span.until));
            for (from, until) in starts.zip(ends) {
                let mut ids: Vec<String> = others
                    .iter()
                    .filter(|(_, f, u)| *f <= from && from <= *u)
                    .filter_map(|(t, _, _)| self.staff.get(*t).map(|(id, _)| (*id).to_owned()))
                    .collect();
                ids.dedup();
                if previous.as_ref() == Some(&ids) {
                    if let Some(last) = out.last_mut() {
                        last.until = until;
                    }
                    continue;
                }
                previous = Some(ids.clone());
                let because = if first { span.because.clone() } else { Some(Change::Instructors) };
                first = false;
                out.push(Span { from, until, because, instructors: Some(ids), ..span.clone() });
            }
        }
        out
    }

    /// Counts per place, procedure and longest span of days on which no count changes.
    fn coverage(&self, cells: &[Cell], here: &[Vec<usize>]) -> Vec<Coverage> {
        let mut out: Vec<Coverage> = Vec::new();
        let mut buckets = here.iter();
        for &(place, _) in &self.places {
            for &procedure in self.procedures {
                let here: Vec<&Cell> = buckets.next().into_iter().flatten().filter_map(|i| cells.get(*i)).collect();
                // The first day, and the days on which some cell here changes, or someone starts
                // or stops working here.
                let mut starts: Vec<Date> = here
                    .iter()
                    .flat_map(|c| c.spans.iter().flat_map(|s| [Some(s.from), s.until.next_day()]))
                    .flatten()
                    .filter(|d| *d <= self.through)
                    .collect();
                starts.push(self.from);
                starts.sort();
                starts.dedup();
                for (i, from) in starts.iter().enumerate() {
                    let until = starts.get(i + 1).and_then(|d| d.previous_day()).unwrap_or(self.through);
                    let (mut independent, mut permitted, mut conditional) = (0, 0, 0);
                    for c in &here {
                        let Some(s) = c.spans.iter().find(|s| s.from <= *from && *from <= s.until) else { continue };
                        match s.outcome {
                            Outcome::Permitted => {
                                permitted += 1;
                                if s.route == Some(Route::Independent) {
                                    independent += 1;
                                }
                            }
                            Outcome::Conditional => conditional += 1,
                            _ => {}
                        }
                    }
                    let counts = (independent, permitted, conditional);
                    match out.last_mut() {
                        Some(last) if last.place == place && last.procedure == procedure && last.counts() == counts => {
                            last.until = until;
                        }
                        _ => out.push(Coverage {
                            place: place.to_owned(),
                            procedure,
                            from: *from,
                            until,
                            independent,
                            permitted,
                            conditional,
                        }),
                    }
                }
            }
        }
        out
    }

    /// The gaps ([`Roster::gaps`]), each cell judged on the first day its person works there.
    pub(crate) fn gaps(&self, teach: &[Teachers]) -> Vec<Gap> {
        let np = self.places.len();
        let mut out: Vec<Gap> = Vec::new();
        let mut add = |remedy: Remedy, instructor: Option<String>, cell: Opened| match out
            .iter_mut()
            .find(|g| g.remedy == remedy && g.instructor == instructor)
        {
            Some(g) => g.opens.push(cell),
            None => out.push(Gap { remedy, instructor, opens: vec![cell] }),
        };
        for (i, &(staff_id, who)) in self.staff.iter().enumerate() {
            for (j, &(place_id, _)) in self.places.iter().enumerate() {
                let Some(&(day, _)) = self.works.get(i * np + j).and_then(|r| r.first()) else { continue };
                let Some(ctx) = self.on(j, day) else { continue };
                for (k, &procedure) in self.procedures.iter().enumerate() {
                    let d = decide(who, procedure, &ctx);
                    if d.is_permitted() {
                        continue;
                    }
                    for (route, needs) in d.missing_by_route() {
                        let [remedy] = needs.as_slice() else { continue };
                        let cell = Opened { staff: staff_id.to_owned(), place: place_id.to_owned(), procedure, route };
                        match remedy {
                            Remedy::NotOpen { .. } => {}
                            Remedy::Instruction | Remedy::AuthorisedInstructor => {
                                let by: Vec<&str> = teach
                                    .get(j * self.procedures.len() + k)
                                    .into_iter()
                                    .flatten()
                                    .filter(|(t, f, u)| *t != i && *f <= day && day <= *u)
                                    .filter_map(|(t, _, _)| self.staff.get(*t).map(|(id, _)| *id))
                                    .collect();
                                if by.is_empty() {
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
