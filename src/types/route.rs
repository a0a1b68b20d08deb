//! The routes to "may perform", in the order the law gives them.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

/// A legal route by which someone may perform a reserved procedure.
///
/// Exhaustive: Wet BIG art. 35-39 give exactly these, and a caller matching on a route should be
/// told by the compiler if the law ever gains another.
///
/// # Example
///
/// ```
/// use bevoegd::{Lang, Route};
///
/// assert_eq!("functional_independence".parse::<Route>()?, Route::FunctionalIndependence);
/// assert_eq!(Route::OnInstruction.name(Lang::Nl), "in opdracht");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Debug,
    EnumIter,
    EnumString,
    IntoStaticStr,
    Serialize,
    Deserialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Independent authority (zelfstandige bevoegdheid): art. 36 leden 1-14, art. 36a experiments.
    Independent,
    /// Functional independence (functionele zelfstandigheid): art. 39 and the Besluit functionele
    /// zelfstandigheid. Needs an instruction and competence, no supervision.
    FunctionalIndependence,
    /// On instruction (in opdracht): art. 35 and 38.
    OnInstruction,
    /// A genuine emergency: the prohibition of art. 35 applies only "buiten noodzaak".
    Emergency,
    /// Not done professionally: the prohibition of art. 35 applies only to acting "beroepsmatig".
    NotProfessional,
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.into())
    }
}

crate::text::name_from_table! {
    /// The route's name in `lang`.
    Route::name = ROUTE;
}
crate::text::deprecated_names!(Route);
