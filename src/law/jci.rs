//! Identifiers a machine can follow: every instrument's BWB identifier (or, where the table knows
//! none, its official publication), every citation's Juriconnect reference, and the address of
//! the text valid on a day.
//!
//! The Dutch standard for citing national law is Juriconnect BWB ("logische links naar
//! wetgeving", on the Forum Standaardisatie's "pas toe of leg uit" list). A reference is
//! `jci1.3:c:` and the regulation's BWB identifier, followed by its location as `&name=value`
//! parts: `&artikel=36&lid=14&o=d` for art. 36 lid 14 onder d (`o` is the list item, the
//! "onderdeel"). `wetten.overheid.nl` resolves a reference appended to its address, and two more
//! parts choose the version: `&g=` the day the text is valid on (geldigheidsdatum) and `&z=` the
//! day it is seen from (zichtdatum). The parameter names follow the permanent links the official
//! site hands out (for example `jci1.3:c:BWBR0011823&hoofdstuk=3&afdeling=4&paragraaf=1&artikel=30b&lid=1&o=k&z=2019-02-27&g=2019-02-27`);
//! the standard's own text could not be read in full here (README, open questions), so:
//!
//! - the reference gives the short form (`&artikel=` without the chapter and section above it),
//!   which the site resolves as well;
//! - a citation's item (°, as in `onder d, 4°`) is not written: whether the nested list item is
//!   `&o=d&o=4` or `&o=d&o=4°` was not settled by what could be read, so the reference stops at the
//!   letter, which contains the item.
//!
//! Instruments without a BWB identifier in this table are the amending instruments (cited whole,
//! by their publication: `stb-2019-182` is Stb. 2019, 182 on `zoek.officielebekendmakingen.nl`)
//! and two decrees whose consolidated text was not found; one decree has neither
//! ([`Instrument::BesluitOpleidingseisenPhysicianAssistant`]: its publication was not found).

use std::fmt;

use crate::law::{Citation, Instrument};
use crate::types::date::Date;

/// Where an instrument's text is found.
///
/// ```
/// use bevoegd::law::{Identifier, Instrument};
///
/// assert_eq!(Instrument::WetBig.identifier(), Some(Identifier::Bwb("BWBR0006251")));
/// assert_eq!(Instrument::Stb2019_182.identifier(), Some(Identifier::Publication("stb-2019-182")));
/// assert_eq!(Instrument::BesluitOpleidingseisenPhysicianAssistant.identifier(), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Identifier {
    /// The BWB identifier of the consolidated text on `wetten.overheid.nl` (`BWBR` and seven
    /// digits); citations of it have a Juriconnect reference.
    Bwb(&'static str),
    /// The identifier of the official publication on `zoek.officielebekendmakingen.nl`
    /// (`stb-2019-182`, `stcrt-2020-62422`): the text as published, for an instrument the table
    /// cites whole or whose consolidated text it does not know.
    Publication(&'static str),
}

impl Instrument {
    /// The instrument's identifier, or `None` where the table knows none. Sources: the BWB
    /// identifiers are those of the consolidated texts the table was read from (their addresses
    /// on `wetten.overheid.nl` and its mirror); the publication identifiers are the Staatsblad and
    /// Staatscourant numbers the table cites.
    pub const fn identifier(self) -> Option<Identifier> {
        use Identifier::{Bwb, Publication};
        Some(match self {
            Instrument::WetBig => Bwb("BWBR0006251"),
            Instrument::TijdelijkBesluitPhysicianAssistant => Bwb("BWBR0030978"),
            Instrument::TijdelijkBesluitVerpleegkundigSpecialisten => Bwb("BWBR0030980"),
            Instrument::TijdelijkBesluitKlinischTechnoloog => Bwb("BWBR0034177"),
            Instrument::TijdelijkBesluitGeregistreerdMondhygienist => Bwb("BWBR0042257"),
            Instrument::RegelingZelfstandigeBevoegdheidVerpleegkundigSpecialisten => Bwb("BWBR0041163"),
            Instrument::RegelingVoorschrijfbevoegdheidVerpleegkundigen => Bwb("BWBR0034266"),
            Instrument::BesluitFunctioneleZelfstandigheid => Bwb("BWBR0008985"),
            Instrument::BesluitOpleidingseisenPhysicianAssistant => return None,
            Instrument::BesluitOpleidingseisenKlinischTechnoloog => Publication("stb-2020-96"),
            Instrument::BesluitOpleidingseisenVerloskundige2008 => Bwb("BWBR0024254"),
            Instrument::Geneesmiddelenwet => Bwb("BWBR0021505"),
            Instrument::RegelingNadereUitwerkingVerloskundige2008 => Publication("stcrt-2014-23083"),
            Instrument::Stcrt2020_62422 => Publication("stcrt-2020-62422"),
            Instrument::Stb2017_374 => Publication("stb-2017-374"),
            Instrument::Stb2019_182 => Publication("stb-2019-182"),
        })
    }
}

impl fmt::Display for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Identifier::Bwb(id) | Identifier::Publication(id) => f.write_str(id),
        }
    }
}

/// A citation's Juriconnect BWB reference: `jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a`. Written
/// on demand (its `Display`), so a decision that is never shown costs nothing.
///
/// ```
/// use bevoegd::law;
///
/// let jci = law::PHYSICIAN_SURGERY.citation.jci().ok_or("a BWB instrument")?;
/// assert_eq!(jci.to_string(), "jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a");
/// let whole = law::REGISTERED_DENTAL_HYGIENIST_SURGERY.citation.jci().ok_or("a BWB instrument")?;
/// assert_eq!(whole.to_string(), "jci1.3:c:BWBR0042257");
/// let amending: law::Citation = "Stb. 2019, 182".parse()?;
/// assert!(amending.jci().is_none(), "an amending law is cited by its publication");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Jci {
    bwb: &'static str,
    citation: Citation,
}

impl fmt::Display for Jci {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.citation;
        write!(f, "jci1.3:c:{}", self.bwb)?;
        if c.article() != 0 {
            write!(f, "&artikel={}", c.article())?;
            if let Some(s) = c.suffix() {
                write!(f, "{s}")?;
            }
        }
        if let Some(lid) = c.paragraph() {
            write!(f, "&lid={lid}")?;
        }
        if let Some(letter) = c.letter_str() {
            write!(f, "&o={letter}")?;
        }
        Ok(())
    }
}

/// The address of a cited text valid on a day: for a BWB instrument the consolidated text on
/// `wetten.overheid.nl` at the cited provision, valid on and seen from that day; for a
/// publication, the text as published (which does not change).
///
/// ```
/// use bevoegd::{law, Date};
///
/// let on = Date::new(2025, 3, 3)?;
/// let url = law::PHYSICIAN_SURGERY.citation.url_on(on).ok_or("an identifier")?;
/// assert_eq!(
///     url.to_string(),
///     "https://wetten.overheid.nl/jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a&z=2025-03-03&g=2025-03-03"
/// );
/// let amending: law::Citation = "Stb. 2019, 182".parse()?;
/// assert_eq!(amending.url_on(on).ok_or("a publication")?.to_string(), "https://zoek.officielebekendmakingen.nl/stb-2019-182.html");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct TextUrl {
    citation: Citation,
    identifier: Identifier,
    on: Date,
}

impl fmt::Display for TextUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.identifier {
            Identifier::Bwb(bwb) => {
                let jci = Jci { bwb, citation: self.citation };
                write!(f, "https://wetten.overheid.nl/{jci}&z={on}&g={on}", on = self.on)
            }
            Identifier::Publication(id) => write!(f, "https://zoek.officielebekendmakingen.nl/{id}.html"),
        }
    }
}

impl Citation {
    /// The Juriconnect BWB reference of this citation, when its instrument has a BWB identifier.
    pub const fn jci(self) -> Option<Jci> {
        match self.instrument().identifier() {
            Some(Identifier::Bwb(bwb)) => Some(Jci { bwb, citation: self }),
            _ => None,
        }
    }

    /// The official publication of this citation's instrument, when it is cited by publication.
    pub const fn publication(self) -> Option<&'static str> {
        match self.instrument().identifier() {
            Some(Identifier::Publication(id)) => Some(id),
            _ => None,
        }
    }

    /// The address of the cited text valid on `on`, when the instrument has an identifier.
    pub const fn url_on(self, on: Date) -> Option<TextUrl> {
        match self.instrument().identifier() {
            Some(identifier) => Some(TextUrl { citation: self, identifier, on }),
            None => None,
        }
    }
}

/// A cited provision as an answer lists it: its text, its Juriconnect reference or publication,
/// and the address of its text valid on the answer's day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CitedText {
    /// The citation as text (`Wet BIG art. 36 lid 1 onder a`).
    pub text: String,
    /// Its Juriconnect BWB reference (`jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a`), when its
    /// instrument has a BWB identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jci: Option<String>,
    /// The official publication it is cited by (`stb-2019-182`), when it has no BWB identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
    /// The address of its text valid on the day; absent when the instrument has no identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl CitedText {
    /// `citation` as listed in an answer about `on`.
    ///
    /// ```
    /// use bevoegd::{law, Date};
    ///
    /// let cited = law::CitedText::of(law::PHYSICIAN_PRESCRIBING.citation, Date::new(2025, 3, 3)?);
    /// assert_eq!(cited.jci.as_deref(), Some("jci1.3:c:BWBR0006251&artikel=36&lid=14&o=a"));
    /// assert!(cited.url.as_deref().is_some_and(|u| u.ends_with("&z=2025-03-03&g=2025-03-03")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(citation: Citation, on: Date) -> CitedText {
        CitedText {
            text: citation.to_string(),
            jci: citation.jci().map(|j| j.to_string()),
            publication: citation.publication().map(str::to_owned),
            url: citation.url_on(on).map(|u| u.to_string()),
        }
    }
}

/// Every citation in `citations`, once each (by text), in order of first appearance, as listed in
/// an answer about `on`.
pub(crate) fn cited_texts(citations: impl IntoIterator<Item = Citation>, on: Date) -> Vec<CitedText> {
    let mut seen: Vec<Citation> = Vec::new();
    for c in citations {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    seen.into_iter().map(|c| CitedText::of(c, on)).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic, reason = "tests fail loudly")]
    use strum::IntoEnumIterator;

    use super::*;
    use crate::law::{RESERVED_ACTS, RULES};

    /// The grammar of a BWB identifier: `BWBR` and seven digits.
    fn bwb_well_formed(s: &str) -> bool {
        s.len() == 11 && s.starts_with("BWBR") && s.get(4..).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()))
    }

    /// The grammar of a publication identifier: `stb` or `stcrt`, the year, the number.
    fn publication_well_formed(s: &str) -> bool {
        let mut parts = s.split('-');
        matches!(parts.next(), Some("stb" | "stcrt"))
            && parts.next().is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
            && parts.next().is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            && parts.next().is_none()
    }

    fn well_formed(id: Identifier) -> bool {
        match id {
            Identifier::Bwb(s) => bwb_well_formed(s),
            Identifier::Publication(s) => publication_well_formed(s),
        }
    }

    /// The Juriconnect reference grammar as this crate writes it: `jci1.3:c:` BWB id, then
    /// optionally `&artikel=<digits><letter?>`, `&lid=<digits>`, `&o=<letters>`, in that order.
    fn jci_well_formed(s: &str) -> bool {
        let Some(rest) = s.strip_prefix("jci1.3:c:") else { return false };
        let mut parts = rest.split('&');
        if !parts.next().is_some_and(bwb_well_formed) {
            return false;
        }
        let mut order = 0;
        for part in parts {
            let Some((name, value)) = part.split_once('=') else { return false };
            let (rank, ok) = match name {
                "artikel" => {
                    let digits = value.trim_end_matches(|c: char| c.is_ascii_lowercase());
                    (
                        1,
                        !digits.is_empty()
                            && digits.bytes().all(|b| b.is_ascii_digit())
                            && value.len() - digits.len() <= 1,
                    )
                }
                "lid" => (2, !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit())),
                "o" => (3, (1..=2).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_lowercase())),
                _ => return false,
            };
            if !ok || rank <= order {
                return false;
            }
            order = rank;
        }
        true
    }

    #[test]
    fn every_instrument_has_a_well_formed_identifier_but_the_one_listed_as_open() {
        for i in Instrument::iter() {
            match i.identifier() {
                Some(id) => assert!(well_formed(id), "{i:?}: {id}"),
                None => assert_eq!(i, Instrument::BesluitOpleidingseisenPhysicianAssistant, "{i:?} has no identifier"),
            }
        }
        // No two instruments share one.
        let ids: Vec<String> = Instrument::iter().filter_map(|i| i.identifier()).map(|id| id.to_string()).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len());
    }

    #[test]
    fn every_citation_of_the_table_has_a_well_formed_reference_or_publication() {
        let on = Date::new(2025, 3, 3).unwrap();
        let mut citations: Vec<Citation> = vec![RESERVED_ACTS];
        for r in RULES {
            citations.extend([r.citation, r.conditions_source]);
            citations.extend(r.sources.iter().chain(r.also).map(|(_, c)| *c));
            citations.extend(r.started_by.into_iter().chain(r.ended_by));
        }
        for c in citations {
            let url = c.url_on(on).map(|u| u.to_string());
            match (c.jci(), c.publication()) {
                (Some(jci), None) => {
                    let jci = jci.to_string();
                    assert!(jci_well_formed(&jci), "{c}: {jci}");
                    assert_eq!(url, Some(format!("https://wetten.overheid.nl/{jci}&z=2025-03-03&g=2025-03-03")));
                    // The parts are the citation's own, item aside.
                    assert_eq!(jci.contains("&artikel="), c.article() != 0, "{c}: {jci}");
                    assert_eq!(jci.contains("&lid="), c.paragraph().is_some(), "{c}: {jci}");
                    assert_eq!(jci.contains("&o="), c.letter().is_some(), "{c}: {jci}");
                }
                (None, Some(p)) => {
                    assert_eq!(url, Some(format!("https://zoek.officielebekendmakingen.nl/{p}.html")), "{c}");
                }
                (None, None) => {
                    assert_eq!(c.instrument(), Instrument::BesluitOpleidingseisenPhysicianAssistant, "{c}");
                    assert_eq!(url, None);
                }
                (Some(_), Some(_)) => panic!("{c}: both a reference and a publication"),
            }
        }
    }

    #[test]
    fn references_name_article_suffix_paragraph_and_letter_and_stop_before_the_item() {
        let c: Citation = "Wet BIG art. 36 lid 14 onder d, 4°".parse().unwrap();
        assert_eq!(c.jci().unwrap().to_string(), "jci1.3:c:BWBR0006251&artikel=36&lid=14&o=d");
        let c: Citation = "Wet BIG art. 36a lid 7".parse().unwrap();
        assert_eq!(c.jci().unwrap().to_string(), "jci1.3:c:BWBR0006251&artikel=36a&lid=7");
        let c: Citation = "Besluit functionele zelfstandigheid art. 2 onder a".parse().unwrap();
        assert_eq!(c.jci().unwrap().to_string(), "jci1.3:c:BWBR0008985&artikel=2&o=a");
        let c: Citation = "Geneesmiddelenwet art. 1 lid 1 onder pp".parse().unwrap();
        assert_eq!(c.jci().unwrap().to_string(), "jci1.3:c:BWBR0021505&artikel=1&lid=1&o=pp");
        assert!(jci_well_formed("jci1.3:c:BWBR0021505&artikel=1&lid=1&o=pp"));
        assert!(!jci_well_formed("jci1.3:c:BWBR0021505&lid=1&artikel=1"), "order");
        assert!(!jci_well_formed("jci1.3:c:BWBR002150&artikel=1"), "seven digits");
        assert!(!jci_well_formed("jci1.3:c:BWBR0021505&onderdeel=a"), "the list item is `o`");
    }

    #[test]
    fn cited_texts_lists_each_citation_once_in_order_of_first_appearance() {
        let on = Date::new(2025, 3, 3).unwrap();
        let a = RULES[0].citation;
        let b = RULES[1].citation;
        let listed = cited_texts([a, b, a], on);
        assert_eq!(listed.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), [a.to_string(), b.to_string()]);
        assert_eq!(listed[0], CitedText::of(a, on));
    }
}
