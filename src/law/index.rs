//! The law table indexed for the engine: the rows of each (route, procedure) *slot* in table
//! order, built at compile time, and the typed handles that address them. A [`RowId`] is one row
//! of [`RULES`]; a [`RowMask`] is a set of rows of one slot. No raw row position or bit mask
//! leaves this module: the engine, the inputs and the timeline hold these types only.

use super::{RULES, Rule};
use crate::types::procedure::Procedure;
use crate::types::profession::{Profession, Qualification};
use crate::types::route::Route;

/// The most rows one slot may have: a [`RowMask`] is 32 bits. `build_index` fails the build when
/// the table outgrows it.
const MAX_ROWS_PER_SLOT: usize = 32;
/// The routes with rows: independent authority and functional independence.
const ROUTES: usize = 2;
const PROCEDURES: usize = Procedure::ALL.len();
const PROFESSIONS: usize = <Profession as strum::EnumCount>::COUNT;
const QUALIFICATIONS: usize = <Qualification as strum::EnumCount>::COUNT;

/// One row of the law table, by its position in [`RULES`].
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub(crate) struct RowId(u8);

impl RowId {
    /// The row at `position` in [`RULES`], for tables built at compile time: a position past the
    /// end fails the build (or, outside const evaluation, the test that made it).
    #[allow(clippy::cast_possible_truncation, reason = "build_index checks that RULES has fewer than 256 rows")]
    pub(crate) const fn nth(position: usize) -> RowId {
        assert!(position < RULES.len(), "a row outside the law table");
        RowId(position as u8)
    }

    /// The row's position in [`RULES`], for tables indexed by row.
    #[inline]
    pub(crate) fn position(self) -> usize {
        usize::from(self.0)
    }

    /// The row.
    #[inline]
    #[allow(clippy::indexing_slicing, reason = "a RowId is made only for a position inside RULES")]
    pub(crate) fn rule(self) -> &'static Rule {
        &RULES[usize::from(self.0)]
    }
}

/// A set of rows of one slot (route and procedure), one bit per row in the slot's table order.
/// Only meaningful with its slot: [`RowMask::rows`] names the slot again.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub(crate) struct RowMask(u32);

impl RowMask {
    /// No row.
    pub(crate) const EMPTY: RowMask = RowMask(0);

    /// Whether the set is empty.
    #[inline]
    pub(crate) const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The rows in either set.
    #[inline]
    #[must_use]
    pub(crate) const fn union(self, other: RowMask) -> RowMask {
        RowMask(self.0 | other.0)
    }

    /// The rows in both sets.
    #[inline]
    #[must_use]
    pub(crate) const fn intersection(self, other: RowMask) -> RowMask {
        RowMask(self.0 & other.0)
    }

    /// The rows of the slot (`procedure`, `route`) that `keep` keeps.
    pub(crate) fn of(procedure: Procedure, route: Route, mut keep: impl FnMut(RowId) -> bool) -> RowMask {
        let mut bits = 0;
        for (bit, &row) in slot(procedure, route).iter().enumerate() {
            if keep(row) {
                bits |= 1 << bit;
            }
        }
        RowMask(bits)
    }

    /// The rows of the set, in table order; `procedure` and `route` name the slot the set is of.
    #[inline]
    pub(crate) fn rows(self, procedure: Procedure, route: Route) -> Rows {
        Rows { slot: slot(procedure, route), bits: self.0 }
    }
}

/// The rows of a [`RowMask`], in table order.
pub(crate) struct Rows {
    slot: &'static [RowId],
    bits: u32,
}

impl Iterator for Rows {
    type Item = RowId;

    #[inline]
    fn next(&mut self) -> Option<RowId> {
        while self.bits != 0 {
            let bit = self.bits.trailing_zeros() as usize;
            self.bits &= self.bits - 1;
            if let Some(&row) = self.slot.get(bit) {
                return Some(row);
            }
        }
        None
    }
}

/// A set of rows per slot (route with rows and procedure): the rows a holder could hold, which a
/// professional keeps, or the rows a context leaves open, which a prepared context keeps.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct RowMasks([[RowMask; PROCEDURES]; ROUTES]);

impl RowMasks {
    /// No row in any slot.
    pub(crate) const EMPTY: RowMasks = RowMasks([[RowMask::EMPTY; PROCEDURES]; ROUTES]);

    /// The set `mask(procedure, route)` for every slot.
    pub(crate) fn from_fn(mut mask: impl FnMut(Procedure, Route) -> RowMask) -> RowMasks {
        let mut out = RowMasks::EMPTY;
        for (slot, route) in out.0.iter_mut().zip([Route::Independent, Route::FunctionalIndependence]) {
            for (m, p) in slot.iter_mut().zip(Procedure::ALL) {
                *m = mask(p, route);
            }
        }
        out
    }

    /// The rows of `route` for `procedure` the holder could hold; none for a route without rows.
    #[inline]
    pub(crate) fn get(&self, route: Route, procedure: Procedure) -> RowMask {
        match route_slot(route) {
            Some(r) => self.0.get(r).and_then(|m| m.get(procedure.index())).copied().unwrap_or_default(),
            None => RowMask::EMPTY,
        }
    }

    /// The candidates of a holder of `professions` and `qualifications`: the union of the
    /// per-profession and per-qualification sets precomputed at compile time, so building a
    /// professional combines a few masks instead of walking the table. Equal to a walk of the
    /// table (a unit test checks every profession and qualification).
    pub(crate) fn of_holder(
        professions: impl Iterator<Item = Profession>,
        qualifications: impl Iterator<Item = Qualification>,
    ) -> RowMasks {
        let mut out = [[RowMask::EMPTY; PROCEDURES]; ROUTES];
        let masks = professions
            .filter_map(|p| INDEX.by_profession.get(p as usize))
            .chain(qualifications.filter_map(|q| INDEX.by_qualification.get(q as usize)));
        for m in masks {
            for (o, m) in out.iter_mut().zip(m) {
                for (o, m) in o.iter_mut().zip(m) {
                    *o = o.union(RowMask(*m));
                }
            }
        }
        RowMasks(out)
    }
}

/// The slot index of a route with rows.
const fn route_slot(route: Route) -> Option<usize> {
    match route {
        Route::Independent => Some(0),
        Route::FunctionalIndependence => Some(1),
        Route::OnInstruction | Route::Emergency | Route::NotProfessional => None,
    }
}

/// The rows of one slot, in table order. Routes without rows (instruction, emergency, not
/// professional) have none.
#[inline]
fn slot(procedure: Procedure, route: Route) -> &'static [RowId] {
    let Some(r) = route_slot(route) else { return &[] };
    let p = procedure.index();
    let len = INDEX.len.get(r).and_then(|l| l.get(p)).copied().unwrap_or(0);
    INDEX.rows.get(r).and_then(|rows| rows.get(p)).and_then(|row| row.get(..usize::from(len))).unwrap_or(&[])
}

/// Row ids per slot, and per profession and qualification the masks of their rows.
struct Index {
    rows: [[[RowId; MAX_ROWS_PER_SLOT]; PROCEDURES]; ROUTES],
    len: [[u8; PROCEDURES]; ROUTES],
    /// Per profession: the masks (over the slots) of its rows without a qualification.
    by_profession: [[[u32; PROCEDURES]; ROUTES]; PROFESSIONS],
    /// Per qualification: the masks of its rows (their registration is the nurse's, which a
    /// professional with the qualification always holds).
    by_qualification: [[[u32; PROCEDURES]; ROUTES]; QUALIFICATIONS],
}

#[allow(
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    reason = "runs only in const evaluation: an out-of-bounds index or a too-large table fails the build, never a run"
)]
const fn build_index() -> Index {
    let mut index = Index {
        rows: [[[RowId(0); MAX_ROWS_PER_SLOT]; PROCEDURES]; ROUTES],
        len: [[0; PROCEDURES]; ROUTES],
        by_profession: [[[0; PROCEDURES]; ROUTES]; PROFESSIONS],
        by_qualification: [[[0; PROCEDURES]; ROUTES]; QUALIFICATIONS],
    };
    assert!(RULES.len() <= u8::MAX as usize, "row ids must fit in a u8");
    let mut i = 0;
    while i < RULES.len() {
        assert!(
            matches!(RULES[i].route, Route::Independent | Route::FunctionalIndependence),
            "a row of a route without rows"
        );
        let r = if matches!(RULES[i].route, Route::FunctionalIndependence) { 1 } else { 0 };
        let p = RULES[i].procedure.index();
        let n = index.len[r][p] as usize;
        assert!(n < MAX_ROWS_PER_SLOT, "raise MAX_ROWS_PER_SLOT (and widen RowMask)");
        index.rows[r][p][n] = RowId(i as u8);
        index.len[r][p] += 1;
        match RULES[i].qualification {
            Some(q) => index.by_qualification[q as usize][r][p] |= 1 << n,
            None => index.by_profession[RULES[i].profession as usize][r][p] |= 1 << n,
        }
        i += 1;
    }
    index
}

static INDEX: Index = build_index();

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use strum::IntoEnumIterator;

    use super::*;

    /// The candidates by walking the table: the reference [`RowMasks::of_holder`] replaces.
    fn walk(may_hold: impl Fn(Profession, Option<Qualification>) -> bool) -> RowMasks {
        RowMasks::from_fn(|p, route| {
            RowMask::of(p, route, |row| {
                let r = row.rule();
                may_hold(r.registration_profession(), r.qualification)
            })
        })
    }

    #[test]
    fn every_row_is_in_exactly_one_slot_in_table_order() {
        let mut seen = Vec::new();
        for route in [Route::Independent, Route::FunctionalIndependence] {
            for p in Procedure::ALL {
                let rows = slot(p, route);
                assert!(rows.windows(2).all(|w| w[0] < w[1]), "{p} {route}: table order");
                for row in rows {
                    assert_eq!((row.rule().procedure, row.rule().route), (p, route));
                    seen.push(*row);
                }
                let all: Vec<RowId> = RowMask::of(p, route, |_| true).rows(p, route).collect();
                assert_eq!(all, rows);
            }
        }
        seen.sort();
        assert_eq!(seen.len(), RULES.len());
        assert!(seen.iter().enumerate().all(|(i, r)| RowId::nth(i) == *r));
        for route in [Route::OnInstruction, Route::Emergency, Route::NotProfessional] {
            assert!(slot(Procedure::Surgery, route).is_empty());
        }
    }

    #[test]
    fn candidates_equal_a_walk_of_the_table_for_every_holder() {
        for a in Profession::iter() {
            for b in Profession::iter() {
                let of = RowMasks::of_holder([a, b].into_iter(), [].into_iter());
                assert_eq!(of, walk(|p, q| [a, b].contains(&p) && q.is_none()), "{a} {b}");
            }
        }
        for q in Qualification::iter() {
            let nurse = q.base_profession();
            let of = RowMasks::of_holder([nurse].into_iter(), [q].into_iter());
            assert_eq!(of, walk(|p, r| p == nurse && r.is_none_or(|r| r == q)), "{q}");
        }
    }

    #[test]
    fn masks_combine_as_sets() {
        let p = Procedure::Injection;
        let all = RowMask::of(p, Route::Independent, |_| true);
        let first = RowMask::of(p, Route::Independent, |row| Some(row) == slot(p, Route::Independent).first().copied());
        assert_eq!(first.rows(p, Route::Independent).count(), 1);
        assert_eq!(first.union(all), all);
        assert_eq!(all.intersection(first), first);
        assert_eq!(RowMasks::EMPTY.get(Route::Independent, p), RowMask::EMPTY);
        assert_eq!(RowMasks::from_fn(|_, _| first).get(Route::Independent, p), first);
        assert_eq!(RowMasks::from_fn(|_, _| first).get(Route::OnInstruction, p), RowMask::EMPTY);
        assert!(RowMask::EMPTY.is_empty() && !all.is_empty());
        assert!(RowMask::EMPTY.rows(p, Route::Independent).next().is_none());
    }
}
