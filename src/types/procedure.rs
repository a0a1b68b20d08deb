//! The fourteen reserved procedures of Wet BIG art. 36 leden 1-14.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumIter, EnumString, IntoStaticStr};

/// A reserved procedure (voorbehouden handeling), one per paragraph of Wet BIG art. 36 leden 1-14.
///
/// The text form (`Display`, `FromStr`, serde) is a stable snake_case code, e.g.
/// `ionising_radiation`. The enum is exhaustive on purpose: the law has had these fourteen since
/// 2010 at least, and a fifteenth (art. 37) would change every match in a caller's code, which the
/// compiler should then point out. The order is the order of the paragraphs.
///
/// ```
/// use bevoegd::Procedure;
///
/// let p: Procedure = "prescribing".parse()?;
/// assert_eq!(p, Procedure::Prescribing);
/// assert_eq!(p.paragraph(), 14);
/// assert_eq!(bevoegd::law::reserving(p).to_string(), "Wet BIG art. 36 lid 14");
/// assert_eq!(p.name(bevoegd::Lang::Nl), "voorschrijven van UR-geneesmiddelen");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, EnumIter, EnumCount, EnumString, IntoStaticStr, Serialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Procedure {
    /// Lid 1: surgical procedures (heelkundige handelingen).
    Surgery = 0,
    /// Lid 2: obstetric procedures (verloskundige handelingen).
    Obstetrics,
    /// Lid 3: endoscopies (endoscopieën).
    Endoscopy,
    /// Lid 4: catheterisations (catheterisaties).
    Catheterisation,
    /// Lid 5: injections (injecties).
    Injection,
    /// Lid 6: punctures (puncties).
    Puncture,
    /// Lid 7: general anaesthesia (brengen onder narcose).
    Anaesthesia,
    /// Lid 8: procedures with radioactive substances or ionising radiation.
    IonisingRadiation,
    /// Lid 9: elective cardioversion (electieve cardioversie).
    ElectiveCardioversion,
    /// Lid 10: defibrillation (defibrillatie).
    Defibrillation,
    /// Lid 11: electroconvulsive therapy (electroconvulsieve therapie).
    ElectroconvulsiveTherapy,
    /// Lid 12: lithotripsy for medical purposes (steenvergruizing).
    Lithotripsy,
    /// Lid 13: assisted reproduction (handelingen gericht op kunstmatige bevruchting).
    AssistedReproduction,
    /// Lid 14: prescribing prescription-only medicines (voorschrijven van UR-geneesmiddelen).
    Prescribing,
}

crate::text::deserialize_by_code!(Procedure);

const _: () = {
    // `Act::CODES` lists the procedures in paragraph order: checked against strum in a test.
    assert!(Act::CODES.len() == Procedure::ALL.len() + 1);
};

impl Procedure {
    /// All fourteen, in paragraph order.
    pub const ALL: [Procedure; 14] = [
        Procedure::Surgery,
        Procedure::Obstetrics,
        Procedure::Endoscopy,
        Procedure::Catheterisation,
        Procedure::Injection,
        Procedure::Puncture,
        Procedure::Anaesthesia,
        Procedure::IonisingRadiation,
        Procedure::ElectiveCardioversion,
        Procedure::Defibrillation,
        Procedure::ElectroconvulsiveTherapy,
        Procedure::Lithotripsy,
        Procedure::AssistedReproduction,
        Procedure::Prescribing,
    ];

    /// The paragraph (lid) of Wet BIG art. 36 that reserves this procedure, 1 to 14.
    pub const fn paragraph(self) -> u8 {
        self as u8 + 1
    }

    /// Position 0..14, for tables indexed by procedure.
    #[inline]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The stable snake_case code, as in JSON.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// What a request asks about: one of the fourteen reserved procedures, or an act that art. 36
/// does not reserve (echography, an ECG, wound care, ...).
///
/// For an act that is not reserved, the prohibition of art. 35 does not apply: whoever is
/// competent may perform it, within the employer's rules; the answer says so rather than forcing
/// the caller to pick the nearest reserved procedure. The text form is the procedure's code, or
/// `not_reserved`.
///
/// ```
/// use bevoegd::{Act, Procedure};
///
/// assert_eq!("injection".parse::<Act>()?, Act::Reserved(Procedure::Injection));
/// assert_eq!("not_reserved".parse::<Act>()?, Act::NotReserved);
/// assert_eq!(Act::NotReserved.to_string(), "not_reserved");
/// assert!("echography".parse::<Act>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Act {
    /// A reserved procedure of art. 36.
    Reserved(Procedure),
    /// An act art. 36 does not reserve.
    NotReserved,
}

impl Act {
    /// The code of an act art. 36 does not reserve.
    pub const NOT_RESERVED: &'static str = "not_reserved";

    /// Every accepted code: the fourteen procedures, then `not_reserved`.
    pub const CODES: [&'static str; 15] = [
        "surgery",
        "obstetrics",
        "endoscopy",
        "catheterisation",
        "injection",
        "puncture",
        "anaesthesia",
        "ionising_radiation",
        "elective_cardioversion",
        "defibrillation",
        "electroconvulsive_therapy",
        "lithotripsy",
        "assisted_reproduction",
        "prescribing",
        Act::NOT_RESERVED,
    ];

    /// The reserved procedure, if it is one.
    pub const fn procedure(self) -> Option<Procedure> {
        match self {
            Act::Reserved(p) => Some(p),
            Act::NotReserved => None,
        }
    }
}

impl From<Procedure> for Act {
    fn from(p: Procedure) -> Act {
        Act::Reserved(p)
    }
}

impl fmt::Display for Act {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Act::Reserved(p) => fmt::Display::fmt(p, f),
            Act::NotReserved => f.write_str(Act::NOT_RESERVED),
        }
    }
}

impl std::str::FromStr for Act {
    type Err = strum::ParseError;
    fn from_str(s: &str) -> Result<Act, strum::ParseError> {
        if s == Act::NOT_RESERVED { Ok(Act::NotReserved) } else { s.parse().map(Act::Reserved) }
    }
}

impl Serialize for Act {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Act {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Act, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Act;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "one of {}", Act::CODES.map(|c| format!("`{c}`")).join(", "))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Act, E> {
                v.parse().map_err(|_| E::unknown_variant(v, &Act::CODES))
            }
        }
        d.deserialize_str(Visitor)
    }
}

impl fmt::Display for Procedure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

crate::types::set::bitset! {
    /// A set of procedures, one bit each. `Copy`, allocation-free; serialised as a list of codes in
    /// paragraph order. `Ord` gives a canonical order for sorting records, nothing more.
    ///
    /// ```
    /// use bevoegd::{Procedure, ProcedureSet};
    ///
    /// let set = ProcedureSet::from_iter([Procedure::Puncture, Procedure::Surgery]);
    /// assert!(set.contains(Procedure::Surgery));
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [Procedure::Surgery, Procedure::Puncture]);
    /// assert_eq!(serde_json::to_string(&set)?, r#"["surgery","puncture"]"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct ProcedureSet of Procedure;
}

crate::types::set::serde_as_list!(ProcedureSet, Procedure, "procedure");

crate::text::name_from_table! {
    /// The procedure's name in `lang`.
    Procedure::name = PROCEDURE;
    /// A short name in `lang`, at most 16 characters, for tables and rosters; [`Procedure::name`]
    /// is the full one.
    ///
    /// ```
    /// use bevoegd::{Lang, Procedure};
    ///
    /// assert_eq!(Procedure::IonisingRadiation.short_name(Lang::Nl), "straling");
    /// assert!(Procedure::ALL.iter().all(|p| p.short_name(Lang::En).chars().count() <= 16));
    /// ```
    Procedure::short_name = PROCEDURE_SHORT;
}
crate::text::deprecated_names!(Procedure);

#[cfg(test)]
mod act_tests {
    use super::*;

    #[test]
    fn act_codes_are_the_procedure_codes_then_not_reserved() {
        let codes: Vec<&str> = Procedure::ALL.iter().map(|p| p.code()).chain([Act::NOT_RESERVED]).collect();
        assert_eq!(codes, Act::CODES);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn codes_round_trip_and_paragraphs_are_one_to_fourteen() -> Result<(), Box<dyn std::error::Error>> {
        for (i, p) in Procedure::iter().enumerate() {
            assert_eq!(Procedure::ALL.get(i), Some(&p));
            assert_eq!(usize::from(p.paragraph()), i + 1);
            assert_eq!(p.code().parse::<Procedure>()?, p);
            let json = serde_json::to_string(&p)?;
            assert_eq!(json, format!("\"{}\"", p.code()));
            assert_eq!(serde_json::from_str::<Procedure>(&json)?, p);
        }
        assert_eq!(ProcedureSet::ALL.len(), 14);
        Ok(())
    }

    #[test]
    fn unknown_code_lists_the_accepted_ones() {
        let err = serde_json::from_str::<Procedure>("\"surgical\"").unwrap_err().to_string();
        assert!(err.starts_with("unknown variant `surgical`, expected one of `surgery`, `obstetrics`"), "{err}");
        assert!(err.contains("`prescribing`"), "{err}");
    }

    #[test]
    fn duplicate_in_a_set_is_an_error() {
        let err = serde_json::from_str::<ProcedureSet>(r#"["surgery","surgery"]"#).unwrap_err();
        assert_eq!(err.to_string(), "procedure `surgery` is listed twice");
    }
}
