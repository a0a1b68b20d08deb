//! Where each roster cell stands, day by day, in the terms a hospital's learning system uses for
//! a qualification (Studytube's "op schema", "risico", "verlopen", "nooit gekwalificeerd"), but
//! answered by the law: not whether a certificate is valid, but whether the person may act.

use serde::{Deserialize, Serialize};

use crate::decision::{Change, Outcome, Unmet};
use crate::engine::decide;
use crate::types::date::Date;

/// The longest risk window, in days (ten years): a window looks that far past each day.
pub const MAX_RISK_WINDOW_DAYS: u32 = 3_660;

/// Where a cell stands on a day.
///
/// `#[non_exhaustive]`: a later version may tell more standings apart.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Standing {
    /// The person may act (permitted, or permitted if the case facts hold), and still may on
    /// the last day of the risk window.
    OnSchedule,
    /// The person may act, but not from a day within the risk window on (`changes_on`), because
    /// of what changes then (`because`: a competence record ends, the registration changes, a
    /// qualification ends, a law-table row ends).
    AtRisk,
    /// The person may not act, and the denial names something that ran out: a competence record
    /// for the procedure that ended, or a registration struck off.
    Lapsed,
    /// The person may not act, and nothing ran out.
    Never,
}

/// One span of days with one standing.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StandingSpan {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub until: Date,
    /// The standing on those days.
    pub standing: Standing,
    /// At risk: the first day the person may no longer act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes_on: Option<Date>,
    /// At risk: what changes on `changes_on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub because: Option<Change>,
}

/// Whether an outcome lets the person act (a conditional answer does, if its facts hold).
pub(crate) fn may_act(outcome: Outcome) -> bool {
    matches!(outcome, Outcome::Permitted | Outcome::Conditional)
}

/// `day` plus `n` days, stopping at [`Date::MAX`].
pub(crate) fn plus_days(day: Date, n: u32) -> Date {
    let mut d = day;
    for _ in 0..n {
        match d.next_day() {
            Some(next) => d = next,
            None => break,
        }
    }
    d
}

/// The standing of a denied day: lapsed when the decision names a competence record that ended
/// or a registration struck off.
pub(crate) fn denied_standing(
    who: &crate::input::professional::Professional,
    procedure: crate::types::procedure::Procedure,
    ctx: &crate::input::context::Context,
) -> Standing {
    let lapsed = decide(who, procedure, ctx)
        .reason_iter()
        .any(|r| matches!(r.unmet, Unmet::CompetenceExpired { .. } | Unmet::StruckOff { .. }));
    if lapsed { Standing::Lapsed } else { Standing::Never }
}

/// Adds one day's standing to `spans`, extending the last span when it is the same.
pub(crate) fn push_day(
    spans: &mut Vec<StandingSpan>,
    day: Date,
    standing: Standing,
    changes_on: Option<Date>,
    because: Option<Change>,
) {
    if let Some(last) = spans.last_mut()
        && last.standing == standing
        && last.changes_on == changes_on
        && last.because == because
        && last.until.next_day() == Some(day)
    {
        last.until = day;
        return;
    }
    spans.push(StandingSpan { from: day, until: day, standing, changes_on, because });
}
