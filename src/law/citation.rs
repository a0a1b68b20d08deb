//! Typed citations: instrument, article, paragraph (lid), letter (onderdeel) and item (°).

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

/// A legal instrument the table cites. `#[non_exhaustive]`: new decrees are added as rows need them.
///
/// # Example
///
/// ```
/// use bevoegd::law::Instrument;
///
/// assert_eq!(Instrument::WetBig.title(), "Wet BIG");
/// assert_eq!(serde_json::to_string(&Instrument::Stcrt2020_62422)?, r#""stcrt_2020_62422""#);
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
#[non_exhaustive]
pub enum Instrument {
    /// Wet op de beroepen in de individuele gezondheidszorg (BWBR0006251).
    WetBig,
    /// Tijdelijk besluit zelfstandige bevoegdheid physician assistant (Stb. 2011, 658).
    TijdelijkBesluitPhysicianAssistant,
    /// Tijdelijk besluit zelfstandige bevoegdheid verpleegkundig specialisten (Stb. 2011, 659).
    TijdelijkBesluitVerpleegkundigSpecialisten,
    /// Tijdelijk besluit zelfstandige bevoegdheid klinisch technoloog (Stb. 2013, 452; BWBR0034177).
    TijdelijkBesluitKlinischTechnoloog,
    /// Tijdelijk besluit zelfstandige bevoegdheid geregistreerd-mondhygiënist (Stb. 2019, 192).
    TijdelijkBesluitGeregistreerdMondhygienist,
    /// Regeling zelfstandige bevoegdheid verpleegkundig specialisten (Stcrt. 2018, 39930; as
    /// amended by Stcrt. 2020, 62422).
    RegelingZelfstandigeBevoegdheidVerpleegkundigSpecialisten,
    /// Regeling voorschrijfbevoegdheid verpleegkundigen (BWBR0034266).
    RegelingVoorschrijfbevoegdheidVerpleegkundigen,
    /// Besluit functionele zelfstandigheid (BWBR0008985).
    BesluitFunctioneleZelfstandigheid,
    /// Besluit opleidingseisen en deskundigheidsgebied physician assistant.
    BesluitOpleidingseisenPhysicianAssistant,
    /// Besluit opleidingseisen en deskundigheidsgebied klinisch technoloog (Stb. 2020, 96).
    BesluitOpleidingseisenKlinischTechnoloog,
    /// Besluit opleidingseisen en deskundigheidsgebied verloskundige 2008 (BWBR0024254).
    BesluitOpleidingseisenVerloskundige2008,
    /// Geneesmiddelenwet (BWBR0021505).
    Geneesmiddelenwet,
    /// Regeling nadere uitwerking deskundigheidsgebied verloskundige 2008 (Stcrt. 2014, 23083), in
    /// force from 2014-09-01: the medicines and means of the midwife's field.
    RegelingNadereUitwerkingVerloskundige2008,
    /// The amendment of the Regeling zelfstandige bevoegdheid verpleegkundig specialisten of 2020
    /// (Stcrt. 2020, 62422): from 2021-01-01 the general-healthcare category replaces acute and
    /// intensive care, and the chronic and preventive categories lapse on 2023-07-01.
    #[serde(rename = "stcrt_2020_62422")]
    #[strum(serialize = "stcrt_2020_62422")]
    Stcrt2020_62422,
    /// The law of 4 October 2017 (Stb. 2017, 374) that made the physician assistant an art. 3
    /// profession and gave physician assistants and nurse specialists independent authority, in
    /// force from 2018-09-01; it ended their experiments (Wet BIG art. 36a lid 7 onder a).
    #[serde(rename = "stb_2017_374")]
    #[strum(serialize = "stb_2017_374")]
    Stb2017_374,
    /// The law of 24 April 2019 (Stb. 2019, 182) that made the clinical technologist an art. 3
    /// profession, in force from 2020-07-01; it ended the clinical technologist experiment.
    #[serde(rename = "stb_2019_182")]
    #[strum(serialize = "stb_2019_182")]
    Stb2019_182,
}

impl Instrument {
    /// The name as cited.
    pub const fn title(self) -> &'static str {
        match self {
            Instrument::WetBig => "Wet BIG",
            Instrument::TijdelijkBesluitPhysicianAssistant => {
                "Tijdelijk besluit zelfstandige bevoegdheid physician assistant"
            }
            Instrument::TijdelijkBesluitVerpleegkundigSpecialisten => {
                "Tijdelijk besluit zelfstandige bevoegdheid verpleegkundig specialisten"
            }
            Instrument::TijdelijkBesluitKlinischTechnoloog => {
                "Tijdelijk besluit zelfstandige bevoegdheid klinisch technoloog"
            }
            Instrument::TijdelijkBesluitGeregistreerdMondhygienist => {
                "Tijdelijk besluit zelfstandige bevoegdheid geregistreerd-mondhygiënist"
            }
            Instrument::RegelingZelfstandigeBevoegdheidVerpleegkundigSpecialisten => {
                "Regeling zelfstandige bevoegdheid verpleegkundig specialisten"
            }
            Instrument::RegelingVoorschrijfbevoegdheidVerpleegkundigen => {
                "Regeling voorschrijfbevoegdheid verpleegkundigen"
            }
            Instrument::BesluitFunctioneleZelfstandigheid => "Besluit functionele zelfstandigheid",
            Instrument::BesluitOpleidingseisenPhysicianAssistant => {
                "Besluit opleidingseisen en deskundigheidsgebied physician assistant"
            }
            Instrument::BesluitOpleidingseisenKlinischTechnoloog => {
                "Besluit opleidingseisen en deskundigheidsgebied klinisch technoloog"
            }
            Instrument::BesluitOpleidingseisenVerloskundige2008 => {
                "Besluit opleidingseisen en deskundigheidsgebied verloskundige 2008"
            }
            Instrument::Geneesmiddelenwet => "Geneesmiddelenwet",
            Instrument::RegelingNadereUitwerkingVerloskundige2008 => {
                "Regeling nadere uitwerking deskundigheidsgebied verloskundige 2008"
            }
            Instrument::Stcrt2020_62422 => "Stcrt. 2020, 62422",
            Instrument::Stb2017_374 => "Stb. 2017, 374",
            Instrument::Stb2019_182 => "Stb. 2019, 182",
        }
    }
}

/// A citation: `Wet BIG art. 36 lid 14 onder d, 1°`.
///
/// Every part after the instrument is optional because sources are cited as precisely as they
/// were verified: where a letter added by a later amendment could not be read in the consolidated
/// text, the citation stops at the paragraph rather than guess.
///
/// One text form serves [`Display`](fmt::Display), [`FromStr`](std::str::FromStr) and the wire form's `text`
/// (the wire form also spells out the parts): parsing what is displayed gives the same
/// citation back, for every citation of the law table.
///
/// ```
/// use bevoegd::law::{Citation, Instrument};
///
/// let c: Citation = "Wet BIG art. 36 lid 14 onder d, 1°".parse()?;
/// assert_eq!(c.instrument(), Instrument::WetBig);
/// assert_eq!((c.article(), c.paragraph(), c.letter().as_deref(), c.item()), (36, Some(14), Some("d"), Some(1)));
/// assert_eq!(c.to_string(), "Wet BIG art. 36 lid 14 onder d, 1°");
/// assert_eq!("Wet BIG art. 36a lid 2".parse::<Citation>()?.suffix(), Some('a'));
/// assert!("Wet BIG art. 36 lid 14 onder é".parse::<Citation>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Deserialize)]
#[serde(try_from = "CitationRepr")]
#[cfg_attr(feature = "schema", schemars(try_from = "CitationRepr", into = "CitationRepr"))]
pub struct Citation {
    instrument: Instrument,
    article: u16,
    suffix: Option<char>,
    paragraph: Option<u8>,
    /// Up to two lowercase ASCII letters (`a`, `pp`), zero-padded; `[0, 0]` for none.
    letter: [u8; 2],
    item: Option<u8>,
}

/// Const builders for the law table. Crate-private: every citation the crate makes is a table
/// literal, checked by a test that parses its text back; callers parse citations instead.
impl Citation {
    /// An article (`article` 0 cites the instrument as a whole), with an optional letter suffix
    /// (`36a`).
    pub(crate) const fn new(instrument: Instrument, article: u16, suffix: Option<char>) -> Citation {
        Citation { instrument, article, suffix, paragraph: None, letter: [0, 0], item: None }
    }

    /// The instrument as a whole, no article.
    pub(crate) const fn whole(instrument: Instrument) -> Citation {
        Citation::new(instrument, 0, None)
    }

    /// This citation narrowed to a paragraph (lid).
    pub(crate) const fn lid(self, lid: u8) -> Citation {
        Citation { paragraph: Some(lid), ..self }
    }

    /// This citation narrowed to a letter (onderdeel), `a`-`z`.
    pub(crate) const fn onder(self, letter: char) -> Citation {
        Citation { letter: [letter as u8, 0], ..self }
    }

    /// This citation narrowed to a doubled letter (onderdeel `pp`).
    pub(crate) const fn onder2(self, letters: [u8; 2]) -> Citation {
        Citation { letter: letters, ..self }
    }

    /// This citation narrowed to an item (°).
    pub(crate) const fn sub(self, item: u8) -> Citation {
        Citation { item: Some(item), ..self }
    }

    /// This citation without its letter and item: the paragraph (or article) that holds a list.
    #[must_use]
    pub const fn list(self) -> Citation {
        Citation { letter: [0, 0], item: None, ..self }
    }
}

impl Citation {
    /// The instrument.
    pub const fn instrument(self) -> Instrument {
        self.instrument
    }

    /// The article number (0 for the instrument as a whole).
    pub const fn article(self) -> u16 {
        self.article
    }

    /// The letter after the article number (`a` in `art. 36a`), if any.
    pub const fn suffix(self) -> Option<char> {
        self.suffix
    }

    /// The paragraph (lid), if cited.
    pub const fn paragraph(self) -> Option<u8> {
        self.paragraph
    }

    /// The letter(s) (onderdeel), if cited.
    pub fn letter(&self) -> Option<String> {
        self.letter_str().map(str::to_owned)
    }

    /// The letter as text, borrowed: one or two lowercase ASCII letters.
    pub(super) fn letter_str(&self) -> Option<&str> {
        let len = self.letter.iter().take_while(|b| **b != 0).count();
        self.letter.get(..len).and_then(|l| std::str::from_utf8(l).ok()).filter(|l| !l.is_empty())
    }

    /// The item (°), if cited.
    pub const fn item(self) -> Option<u8> {
        self.item
    }
}

/// A citation text that is not of the form `<instrument>[ art. N[x][ lid N][ onder x][, N°]]`.
///
/// # Example
///
/// ```
/// use bevoegd::law::Citation;
///
/// let e = "Wet BIG artikel 36".parse::<Citation>().unwrap_err();
/// assert_eq!(e.input, "Wet BIG artikel 36");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[error("citation `{input}` is not of the form `<instrument> art. N lid N onder x, N°`")]
pub struct CitationError {
    /// The text as given, cut to [`QUOTE_MAX`](crate::QUOTE_MAX) characters.
    pub input: String,
}

impl std::str::FromStr for Citation {
    type Err = CitationError;

    fn from_str(s: &str) -> Result<Citation, CitationError> {
        let bad = || CitationError { input: crate::text::quoted(s) };
        // The longest title that starts the text: no title is a prefix of another's words, but
        // taking the longest keeps that true if one ever is.
        let (instrument, rest) = Instrument::iter()
            .filter_map(|i| s.strip_prefix(i.title()).map(|rest| (i, rest)))
            .max_by_key(|(i, _)| i.title().len())
            .ok_or_else(bad)?;
        let mut c = Citation::whole(instrument);
        if rest.is_empty() {
            return Ok(c);
        }
        let rest = rest.strip_prefix(" art. ").ok_or_else(bad)?;
        let (article, mut rest) = rest.split_once(' ').map_or((rest, ""), |(a, r)| (a, r));
        let digits = article.trim_end_matches(|ch: char| ch.is_ascii_lowercase());
        c.article = digits.parse().ok().filter(|n| *n > 0).ok_or_else(bad)?;
        let mut suffix = article.get(digits.len()..).unwrap_or_default().chars();
        c.suffix = suffix.next();
        if suffix.next().is_some() {
            return Err(bad());
        }
        let (item_text, before_item) = match rest.rsplit_once(", ") {
            Some((before, item)) => (Some(item), before),
            None => (None, rest),
        };
        rest = before_item;
        if let Some(after) = rest.strip_prefix("lid ") {
            let (n, r) = after.split_once(' ').map_or((after, ""), |(n, r)| (n, r));
            c.paragraph = Some(n.parse().map_err(|_| bad())?);
            rest = r;
        }
        if let Some(letters) = rest.strip_prefix("onder ") {
            c.letter = match letters.as_bytes() {
                [a] if a.is_ascii_lowercase() => [*a, 0],
                [a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => [*a, *b],
                _ => return Err(bad()),
            };
            rest = "";
        }
        if !rest.is_empty() {
            return Err(bad());
        }
        if let Some(item) = item_text {
            c.item = Some(item.strip_suffix('°').and_then(|n| n.parse().ok()).ok_or_else(bad)?);
        }
        // The same text back, or the parts did not say what the text says.
        if c.to_string() == s { Ok(c) } else { Err(bad()) }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.instrument.title())?;
        if self.article == 0 {
            return Ok(());
        }
        write!(f, " art. {}", ArticleText(self.article, self.suffix))?;
        if let Some(p) = self.paragraph {
            write!(f, " lid {p}")?;
        }
        if let Some(l) = self.letter_str() {
            write!(f, " onder {l}")?;
        }
        if let Some(i) = self.item {
            write!(f, ", {i}°")?;
        }
        Ok(())
    }
}

impl Citation {
    /// The citation's fields as the law fingerprint hashes them:
    /// `instrument/article/paragraph/letter/item`, the instrument by its wire code and `-` for a
    /// field the citation does not have (e.g. `wet_big/36/6/-/-`; the whole instrument is
    /// `wet_big/-/-/-/-`). Written out field by field, so no rendering of the title can move it.
    pub(crate) fn write_fingerprint_text(&self, out: &mut String) {
        use std::fmt::Write;
        let instrument: &'static str = self.instrument.into();
        out.push_str(instrument);
        out.push('/');
        if self.article == 0 {
            out.push('-');
        } else {
            let _ = write!(out, "{}", ArticleText(self.article, self.suffix));
        }
        out.push('/');
        match self.paragraph {
            Some(p) => {
                let _ = write!(out, "{p}");
            }
            None => out.push('-'),
        }
        out.push('/');
        out.push_str(self.letter_str().unwrap_or("-"));
        out.push('/');
        match self.item {
            Some(i) => {
                let _ = write!(out, "{i}");
            }
            None => out.push('-'),
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
struct CitationRepr {
    instrument: Instrument,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    article: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    paragraph: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    letter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    item: Option<u8>,
    /// The rendered form, for people reading the JSON; checked on the way in.
    text: String,
    /// The Juriconnect BWB reference (`jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a`), when the
    /// instrument has a BWB identifier. Derived from the other fields: ignored on the way in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    jci: Option<String>,
    /// The official publication the instrument is cited by (`stb-2019-182`), when it has no BWB
    /// identifier. Derived: ignored on the way in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    publication: Option<String>,
}

/// The article number with its letter suffix (`36a`), as text.
struct ArticleText(u16, Option<char>);

impl fmt::Display for ArticleText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(s) => write!(f, "{}{s}", self.0),
            None => write!(f, "{}", self.0),
        }
    }
}

/// Serializes a `Display` value as a string, written straight into the output.
struct Shown<T>(T);

impl<T: fmt::Display> Serialize for Shown<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// The same fields, in the same order, as `CitationRepr` (the form it is read back from), but
/// written without building it: citations are on every reason of every answer.
impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let letter = self.letter_str();
        let present = [
            self.article != 0,
            self.paragraph.is_some(),
            letter.is_some(),
            self.item.is_some(),
            self.jci().is_some(),
            self.publication().is_some(),
        ];
        let mut st = s.serialize_struct("CitationRepr", 2 + present.iter().filter(|p| **p).count())?;
        st.serialize_field("instrument", &self.instrument)?;
        if self.article == 0 {
            st.skip_field("article")?;
        } else {
            st.serialize_field("article", &Shown(ArticleText(self.article, self.suffix)))?;
        }
        match self.paragraph {
            Some(p) => st.serialize_field("paragraph", &p)?,
            None => st.skip_field("paragraph")?,
        }
        match letter {
            Some(l) => st.serialize_field("letter", l)?,
            None => st.skip_field("letter")?,
        }
        match self.item {
            Some(i) => st.serialize_field("item", &i)?,
            None => st.skip_field("item")?,
        }
        st.serialize_field("text", &Shown(self))?;
        match self.jci() {
            Some(jci) => st.serialize_field("jci", &Shown(jci))?,
            None => st.skip_field("jci")?,
        }
        match self.publication() {
            Some(p) => st.serialize_field("publication", p)?,
            None => st.skip_field("publication")?,
        }
        st.end()
    }
}

/// The wire form as the derived `CitationRepr` writes it: the reference the hand-written
/// `Serialize` above is tested against.
#[cfg(test)]
pub(super) fn repr_json(c: Citation) -> String {
    serde_json::to_string(&CitationRepr::from(c)).unwrap_or_default()
}

#[cfg(test)]
impl From<Citation> for CitationRepr {
    fn from(c: Citation) -> CitationRepr {
        let article = (c.article != 0).then(|| ArticleText(c.article, c.suffix).to_string());
        CitationRepr {
            instrument: c.instrument,
            article,
            paragraph: c.paragraph,
            letter: c.letter(),
            item: c.item,
            text: c.to_string(),
            jci: c.jci().map(|j| j.to_string()),
            publication: c.publication().map(str::to_owned),
        }
    }
}

impl TryFrom<CitationRepr> for Citation {
    type Error = String;
    fn try_from(r: CitationRepr) -> Result<Citation, String> {
        let (article, suffix) = match &r.article {
            None => (0, None),
            Some(a) => {
                let digits = a.trim_end_matches(|c: char| c.is_ascii_lowercase());
                let rest = a.get(digits.len()..).unwrap_or_default();
                let number: u16 =
                    digits.parse().map_err(|_| format!("article `{a}` is not a number with an optional letter"))?;
                let mut chars = rest.chars();
                let suffix = chars.next();
                if chars.next().is_some() || number == 0 {
                    return Err(format!("article `{a}` is not a number with an optional letter"));
                }
                (number, suffix)
            }
        };
        let letter = match r.letter.as_deref().map(str::as_bytes) {
            None => [0, 0],
            Some([a]) if a.is_ascii_lowercase() => [*a, 0],
            Some([a, b]) if a.is_ascii_lowercase() && b.is_ascii_lowercase() => [*a, *b],
            Some(_) => return Err(format!("letter `{}` must be one or two of a-z", r.letter.unwrap_or_default())),
        };
        let c = Citation { instrument: r.instrument, article, suffix, paragraph: r.paragraph, letter, item: r.item };
        if c.to_string() != r.text {
            return Err(format!("citation text `{}` does not match its parts, which read `{c}`", r.text));
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]
    use super::*;

    /// The accessors give each part, and `list` drops the letter and the item.
    #[test]
    fn the_parts_read_back_and_a_list_is_its_paragraph() {
        let c = Citation::new(Instrument::WetBig, 36, Some('a')).lid(4).onder('a').sub(2);
        assert_eq!((c.article(), c.suffix(), c.paragraph()), (36, Some('a'), Some(4)));
        assert_eq!((c.letter().as_deref(), c.item()), (Some("a"), Some(2)));
        let list = c.list();
        assert_eq!((list.letter(), list.item(), list.paragraph()), (None, None, Some(4)));
        assert_eq!(list.to_string(), "Wet BIG art. 36a lid 4");
    }

    /// Letters are one or two of a-z, in text as in parts; an article is a positive number with
    /// at most one letter. (Some of these fail twice over; each must fail.)
    #[test]
    fn letters_and_articles_out_of_form_are_refused_in_text_and_in_parts() {
        for text in [
            "Wet BIG art. 36 lid 1 onder A",
            "Wet BIG art. 36 lid 1 onder aB",
            "Wet BIG art. 36 lid 1 onder Ab",
            "Wet BIG art. 0",
            "Wet BIG art. 36ab",
        ] {
            assert!(text.parse::<Citation>().is_err(), "{text}");
        }
        assert!("Wet BIG art. 36 lid 1 onder pp".parse::<Citation>().is_ok());
        let parts = |article: &str, letter: Option<&str>, text: &str| CitationRepr {
            instrument: Instrument::WetBig,
            article: Some(article.to_owned()),
            paragraph: letter.map(|_| 1),
            letter: letter.map(str::to_owned),
            item: None,
            text: text.to_owned(),
            jci: None,
            publication: None,
        };
        for (article, letter, text) in [
            ("36", Some("A"), "Wet BIG art. 36 lid 1 onder A"),
            ("36", Some("aB"), "Wet BIG art. 36 lid 1 onder aB"),
            ("36", Some("Ab"), "Wet BIG art. 36 lid 1 onder Ab"),
            ("0", None, "Wet BIG"),
            ("36ab", None, "Wet BIG art. 36a"),
        ] {
            assert!(Citation::try_from(parts(article, letter, text)).is_err(), "{article} {letter:?}");
        }
        assert!(Citation::try_from(parts("36", Some("pp"), "Wet BIG art. 36 lid 1 onder pp")).is_ok());
    }
}
