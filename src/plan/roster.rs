//! Rosters over days: who may do what, where, from one day through another, addressed by the
//! caller's own ids; how many are covered; which single missing thing would open the most; and
//! who may give the instruction where someone may act only on instruction.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::decision::{Outcome, Remedy, Span};
use crate::engine::decide;
use crate::input::context::Context;
use crate::input::professional::Professional;
use crate::plan::timeline::{periods_with, row_days};
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
    /// The last day is before the first.
    #[error("the roster ends on `{through}`, before it starts on `{from}`")]
    EndsBeforeStart {
        /// The first day.
        from: Date,
        /// The last day.
        through: Date,
    },
}

/// A roster checked: each place's context on the first day, and who works where (staff-major).
struct Checked {
    contexts: Vec<Context>,
    works: Vec<bool>,
}

impl Roster<'_> {
    fn checked(&self) -> Result<Checked, RosterError> {
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
            None => vec![true; self.staff.len() * self.places.len()],
            Some(assigned) => {
                let (staff, places) = (index(self.staff), index(self.places));
                let mut works = vec![false; self.staff.len() * self.places.len()];
                for (s, p) in assigned {
                    let unknown =
                        |unknown| RosterError::UnknownAssignment { staff: s.clone(), place: p.clone(), unknown };
                    let i = staff.get(s.as_str()).ok_or_else(|| unknown("staff"))?;
                    let j = places.get(p.as_str()).ok_or_else(|| unknown("place"))?;
                    if let Some(w) = works.get_mut(i * self.places.len() + j) {
                        *w = true;
                    }
                }
                works
            }
        };
        let contexts = self
            .places
            .iter()
            .map(|(id, ctx)| {
                ctx.to_builder().date(self.from).build().map_err(|e| RosterError::Place {
                    place: id.clone(),
                    day: self.from,
                    reason: e.to_string(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Checked { contexts, works })
    }

    /// Plans the roster: every cell's answers from the first day through the last, equal to
    /// deciding every day, and the coverage per place and procedure.
    ///
    /// # Errors
    ///
    /// [`RosterError`] when the last day is before the first, an id is used twice, an assignment
    /// names a staff member or place the roster does not have, or a place cannot be dated on the
    /// first day.
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
        let Checked { contexts, works } = self.checked()?;
        let rows = row_days(self.from, self.through);
        let mut cells = Vec::with_capacity(works.iter().filter(|w| **w).count() * self.procedures.len());
        // Per place and procedure, the cells there.
        let mut here: Vec<Vec<usize>> = vec![Vec::new(); self.places.len() * self.procedures.len()];
        for ((staff_id, who), works) in self.staff.iter().zip(works.chunks(self.places.len().max(1))) {
            for (j, (((place_id, _), ctx), _)) in
                self.places.iter().zip(&contexts).zip(works).enumerate().filter(|(_, (_, w))| **w)
            {
                for (k, &procedure) in self.procedures.iter().enumerate() {
                    if let Some(h) = here.get_mut(j * self.procedures.len() + k) {
                        h.push(cells.len());
                    }
                    cells.push(Cell {
                        staff: staff_id.clone(),
                        place: place_id.clone(),
                        procedure,
                        spans: periods_with(who, procedure, ctx, self.through, &rows),
                    });
                }
            }
        }
        let coverage = self.coverage(&cells, &here);
        Ok(Plan { from: self.from, through: self.through, cells, coverage })
    }

    /// Counts per place, procedure and longest span of days on which no count changes.
    fn coverage(&self, cells: &[Cell], here: &[Vec<usize>]) -> Vec<Coverage> {
        let mut out: Vec<Coverage> = Vec::new();
        let mut buckets = here.iter();
        for (place, _) in self.places {
            for &procedure in self.procedures {
                let here: Vec<&Cell> = buckets.next().into_iter().flatten().filter_map(|i| cells.get(*i)).collect();
                // The first day, and the days on which some cell here changes.
                let mut starts: Vec<Date> = here.iter().flat_map(|c| c.spans.iter().map(|s| s.from)).collect();
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
                        Some(last)
                            if last.place == *place && last.procedure == procedure && last.counts() == counts =>
                        {
                            last.until = until;
                        }
                        _ => out.push(Coverage {
                            place: place.clone(),
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

    /// Which single missing thing would open the most cells on the first day, most first: a
    /// competence record, a protocol for a subdomain, a case fact, an instruction by a named
    /// instructor on the staff, ... A cell counts for a thing when, on some route, that thing is
    /// the only one the cell still needs
    /// ([`Decision::missing_by_route`](crate::Decision::missing_by_route)); cells needing two or more
    /// things, and routes nothing opens ([`Remedy::NotOpen`]), are left out. Where a route
    /// needs only an instruction (or an authorised instructor), one gap is listed per staff
    /// member who may give it there ([`instructors`]), the performer aside, and one with no
    /// instructor when nobody on the staff may. Ties keep first-found order.
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
        let Checked { contexts, works } = self.checked()?;
        let mut out: Vec<Gap> = Vec::new();
        let mut add = |remedy: Remedy, instructor: Option<String>, cell: Opened| match out
            .iter_mut()
            .find(|g| g.remedy == remedy && g.instructor == instructor)
        {
            Some(g) => g.opens.push(cell),
            None => out.push(Gap { remedy, instructor, opens: vec![cell] }),
        };
        for ((staff_id, who), works) in self.staff.iter().zip(works.chunks(self.places.len().max(1))) {
            for (((place_id, _), ctx), _) in self.places.iter().zip(&contexts).zip(works).filter(|(_, w)| **w) {
                for &procedure in self.procedures {
                    let d = decide(who, procedure, ctx);
                    if d.is_permitted() {
                        continue;
                    }
                    for (route, needs) in d.missing_by_route() {
                        let [remedy] = needs.as_slice() else { continue };
                        let cell = Opened { staff: staff_id.clone(), place: place_id.clone(), procedure, route };
                        match remedy {
                            Remedy::NotOpen { .. } => {}
                            Remedy::Instruction | Remedy::AuthorisedInstructor => {
                                let by: Vec<&str> = instructors(self.staff, procedure, ctx)
                                    .into_iter()
                                    .filter(|id| *id != staff_id.as_str())
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
        Ok(out)
    }
}

/// One missing thing and the cells it alone would open, from [`Roster::gaps`].
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
