//! The roster page: a plan as one self-contained HTML file a ward manager reads (and prints)
//! rather than a report: a week overview, one table per day (people by procedures, each cell a
//! colour, a symbol and a text for screen readers, opening to its answer in words), the
//! uncovered procedures and what to arrange first. No script, no external asset: it works
//! offline and under a Content-Security-Policy that allows no code at all.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::decision::{Names, Outcome, Span};
use crate::engine::decide;
use crate::plan::instruction::Warning;
use crate::plan::roster::Cell;
use crate::plan::roster_file::{LabelsIn, RosterAnswer, RosterFile};
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::procedure::Procedure;
use crate::types::route::Route;

/// The Content-Security-Policy the page is written for (and carries in a `<meta>` element): no
/// script, no external resource, only its own inline style.
pub const PAGE_CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The most cells (one person at one place for one procedure on one day) a page shows: about
/// 1 kB of HTML each, so a page stays under about 20 MB. A larger roster is planned as JSON, or
/// as one page per ward.
pub const MAX_PAGE_CELLS: u64 = 20_000;

/// A roster too large for one page ([`MAX_PAGE_CELLS`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
#[error(
    "the roster has {cells} cells (a person at a place for a procedure on a day), more than a page shows ({max}): plan it as JSON, or one ward at a time"
)]
#[non_exhaustive]
pub struct PageTooLarge {
    /// The roster's cells.
    pub cells: u64,
    /// The most a page shows.
    pub max: u64,
}

/// One phrase in the language chosen.
const fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// `text` for HTML text and attribute values: `&`, `<`, `>`, `"` and `'` escaped, so a label can
/// never become markup.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What a cell shows on one day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mark {
    /// Permitted independently.
    Independent,
    /// Permitted on another route in the place's own context (an emergency place, ...).
    Other,
    /// Permitted if facts, the medicine or the technique not known yet hold.
    Conditional,
    /// Not permitted in the place's context, but on the instruction of a colleague there.
    Instructed,
    /// Not permitted.
    Not,
}

impl Mark {
    /// The symbol shown.
    pub(crate) const fn symbol(self) -> &'static str {
        match self {
            Mark::Independent => "Z",
            Mark::Other => "+",
            Mark::Conditional => "?",
            Mark::Instructed => "o",
            Mark::Not => "–",
        }
    }

    /// The CSS class (its colour).
    const fn class(self) -> &'static str {
        match self {
            Mark::Independent => "z",
            Mark::Other => "r",
            Mark::Conditional => "q",
            Mark::Instructed => "o",
            Mark::Not => "n",
        }
    }

    /// The legend's words.
    const fn words(self, lang: Lang) -> &'static str {
        match self {
            Mark::Independent => t(lang, "zelfstandig bevoegd", "independently authorised"),
            Mark::Other => t(lang, "bevoegd op een andere route", "authorised on another route"),
            Mark::Conditional => t(
                lang,
                "bevoegd mits casusfeiten, middel of techniek",
                "authorised provided case facts, medicine or technique",
            ),
            Mark::Instructed => t(
                lang,
                "op opdracht van een collega die er die dag werkt",
                "on the instruction of a colleague there that day",
            ),
            Mark::Not => t(lang, "niet bevoegd", "not authorised"),
        }
    }

    const ALL: [Mark; 5] = [Mark::Independent, Mark::Conditional, Mark::Instructed, Mark::Other, Mark::Not];
}

/// The mark of `cell` on `day`, with the span and the days on instruction that give it.
pub(crate) fn mark_of(cell: &Cell, day: Date) -> Option<(Mark, &Span)> {
    let span = cell.spans.iter().find(|s| s.from <= day && day <= s.until)?;
    let instructed = cell.on_instruction.iter().any(|o| o.from <= day && day <= o.until);
    let mark = match (span.outcome, span.route) {
        (Outcome::Permitted, Some(Route::Independent)) => Mark::Independent,
        (Outcome::Permitted, _) => Mark::Other,
        (Outcome::Conditional, _) => Mark::Conditional,
        _ if instructed => Mark::Instructed,
        _ => Mark::Not,
    };
    Some((mark, span))
}

/// The days from `from` through `through`.
fn days(from: Date, through: Date) -> Vec<Date> {
    std::iter::successors(Some(from), |d| d.next_day()).take_while(|d| *d <= through).collect()
}

/// The weekday of `day` in `lang`.
fn weekday(day: Date, lang: Lang) -> &'static str {
    // 2024-01-01 was a Monday.
    let monday = Date::new(2024, 1, 1).unwrap_or(day);
    let n = usize::try_from(day.days_since(monday).rem_euclid(7)).unwrap_or(0);
    let (nl, en) = (
        ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    );
    let names = match lang {
        Lang::Nl => nl,
        Lang::En => en,
    };
    names.get(n).copied().unwrap_or_default()
}

impl RosterFile {
    /// The plan as one self-contained HTML page in `lang` (no script, no external asset): a week
    /// overview, one table per day, the uncovered procedures and what to arrange first. Every
    /// label is escaped. Prints one A4 landscape page per day and one for the overview.
    ///
    /// # Errors
    ///
    /// [`PageTooLarge`] when the roster has more than [`MAX_PAGE_CELLS`] cells.
    ///
    /// ```
    /// use bevoegd::{law, Lang, Place, Procedure, RosterFile, StaffMember};
    ///
    /// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
    /// let day = ctx.date();
    /// let staff = vec![StaffMember::new("n1", nurse).labelled("<script>alert(1)</script>")];
    /// let roster = RosterFile::new(staff, vec![Place::new("ward", ctx)], vec![Procedure::Injection], day, day)?;
    /// let page = roster.page(Lang::En)?;
    /// assert!(page.starts_with("<!DOCTYPE html>"));
    /// assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script>"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn page(&self, lang: Lang) -> Result<String, PageTooLarge> {
        self.page_fits()?;
        self.page_of(&self.answer(lang))
    }

    /// The page of an answer of this roster ([`RosterFile::answer`], or with a risk window), in
    /// the answer's language.
    ///
    /// # Errors
    ///
    /// [`PageTooLarge`] as [`page`](RosterFile::page).
    pub fn page_of(&self, answer: &RosterAnswer) -> Result<String, PageTooLarge> {
        self.page_fits()?;
        Ok(Page::new(self, answer).write())
    }

    /// Whether the roster fits on a page.
    ///
    /// # Errors
    ///
    /// [`PageTooLarge`] when it does not.
    pub fn page_fits(&self) -> Result<(), PageTooLarge> {
        let cells = self.cells();
        if cells > MAX_PAGE_CELLS { Err(PageTooLarge { cells, max: MAX_PAGE_CELLS }) } else { Ok(()) }
    }
}

/// What writing the page needs at hand.
struct Page<'a> {
    roster: &'a RosterFile,
    answer: &'a RosterAnswer,
    lang: Lang,
    labels: &'a LabelsIn,
    cells: HashMap<(&'a str, &'a str, Procedure), &'a Cell>,
    /// Per staff id, in roster order, the places they work at (in place order).
    rows: Vec<(&'a str, Vec<&'a str>)>,
}

impl<'a> Page<'a> {
    fn new(roster: &'a RosterFile, answer: &'a RosterAnswer) -> Page<'a> {
        let cells: HashMap<(&str, &str, Procedure), &Cell> =
            answer.plan.cells.iter().map(|c| ((c.staff.as_str(), c.place.as_str(), c.procedure), c)).collect();
        let rows = roster
            .staff()
            .iter()
            .map(|m| {
                let places: Vec<&str> = roster
                    .places()
                    .iter()
                    .map(|p| p.id.as_str())
                    .filter(|p| answer.plan.cells.iter().any(|c| c.staff == m.id && c.place == *p))
                    .collect();
                (m.id.as_str(), places)
            })
            .filter(|(_, places)| !places.is_empty())
            .collect();
        Page { roster, answer, lang: answer.lang, labels: &answer.labels, cells, rows }
    }

    fn t(&self, nl: &'static str, en: &'static str) -> &'static str {
        t(self.lang, nl, en)
    }

    fn staff(&self, id: &str) -> String {
        escape(self.labels.staff.get(id).map_or(id, String::as_str))
    }

    fn place(&self, id: &str) -> String {
        escape(self.labels.places.get(id).map_or(id, String::as_str))
    }

    fn procedure(&self, p: Procedure) -> String {
        escape(self.labels.procedures.get(&p).map_or_else(|| p.name(self.lang), String::as_str))
    }

    fn names(&self) -> Names<'a> {
        self.labels.names()
    }

    fn write(&self) -> String {
        let lang = self.lang;
        let (from, through) = (self.roster.from(), self.roster.through());
        let mut h = String::new();
        let title = format!("{} {from} {} {through}", self.t("Rooster", "Roster"), self.t("t/m", "through"));
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{PAGE_CSP}\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            match lang {
                Lang::Nl => "nl",
                Lang::En => "en",
            }
        );
        let _ = write!(
            h,
            "<header>\n<h1>{title}</h1>\n<p class=\"basis\">{} {} · {} {}</p>\n",
            self.t("Wet BIG, wettabel bijgewerkt tot", "Wet BIG, law table checked up to"),
            self.answer.legal_basis_as_of,
            self.t("vingerafdruk", "fingerprint"),
            escape(&self.answer.law_fingerprint)
        );
        let _ = write!(h, "<nav aria-label=\"{}\"><ul>", self.t("Dagen", "Days"));
        let _ = write!(h, "<li><a href=\"#overview\">{}</a></li>", self.t("Overzicht", "Overview"));
        for day in days(from, through) {
            let _ = write!(h, "<li><a href=\"#d{day}\">{} {day}</a></li>", weekday(day, lang));
        }
        h.push_str("</ul></nav>\n");
        self.legend(&mut h);
        h.push_str("</header>\n<main>\n");
        self.overview(&mut h);
        for day in days(from, through) {
            self.day(&mut h, day);
        }
        h.push_str("</main>\n</body>\n</html>\n");
        h
    }

    fn legend(&self, h: &mut String) {
        let _ = write!(h, "<ul class=\"legend\" aria-label=\"{}\">", self.t("Legenda", "Legend"));
        for m in Mark::ALL {
            let _ = write!(
                h,
                "<li><span class=\"sym {}\" aria-hidden=\"true\">{}</span> {}</li>",
                m.class(),
                m.symbol(),
                m.words(self.lang)
            );
        }
        let _ = writeln!(
            h,
            "<li><span class=\"sym chg\" aria-hidden=\"true\">*</span> {}</li></ul>",
            self.t("verandert die dag", "changes that day")
        );
    }

    /// The week at a glance: per person and place, per day, how many procedures show each mark,
    /// and whether something changes that day; then what is uncovered and what to arrange.
    fn overview(&self, h: &mut String) {
        let lang = self.lang;
        let all = days(self.roster.from(), self.roster.through());
        let _ = write!(
            h,
            "<section id=\"overview\" class=\"page\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">{}</h2>\n",
            self.t("Overzicht van de week", "The week at a glance")
        );
        let _ = write!(
            h,
            "<table class=\"week\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
            self.t(
                "Per dag: hoeveel handelingen elk teken hebben (Z, ?, o)",
                "Per day: how many procedures show each mark (Z, ?, o)"
            ),
            self.t("Wie", "Who"),
            self.t("Afdeling", "Ward")
        );
        for day in &all {
            let _ = write!(h, "<th scope=\"col\">{}<br>{}</th>", weekday(*day, lang), short_date(*day));
        }
        h.push_str("</tr></thead>\n<tbody>\n");
        for (staff, places) in &self.rows {
            for place in places {
                let _ = write!(h, "<tr><th scope=\"row\">{}</th><td>{}</td>", self.staff(staff), self.place(place));
                for day in &all {
                    let mut counts = [0usize; 5];
                    let mut changed = false;
                    let mut works = false;
                    for &p in self.roster.procedures() {
                        let Some(cell) = self.cells.get(&(*staff, *place, p)) else { continue };
                        let Some((mark, span)) = mark_of(cell, *day) else { continue };
                        works = true;
                        changed |= span.from == *day && span.because.is_some();
                        if let Some(c) = Mark::ALL.iter().position(|m| *m == mark).and_then(|i| counts.get_mut(i)) {
                            *c += 1;
                        }
                    }
                    if !works {
                        let _ = write!(h, "<td class=\"off\">{}</td>", self.t("vrij", "off"));
                        continue;
                    }
                    let parts: Vec<String> = Mark::ALL
                        .iter()
                        .zip(counts)
                        .take(3)
                        .filter(|(_, n)| *n > 0)
                        .map(|(m, n)| {
                            format!(
                                "<span class=\"sym {}\"><span aria-hidden=\"true\">{n}{}</span><span class=\"sr\">{n} {}</span></span>",
                                m.class(),
                                m.symbol(),
                                m.words(lang)
                            )
                        })
                        .collect();
                    let change = if changed {
                        format!(
                            " <span class=\"chg\"><span aria-hidden=\"true\">*</span><span class=\"sr\">{}</span></span>",
                            self.t("verandert vandaag", "changes today")
                        )
                    } else {
                        String::new()
                    };
                    let shown = if parts.is_empty() { "–".to_owned() } else { parts.join(" ") };
                    let _ = write!(h, "<td>{shown}{change}</td>");
                }
                h.push_str("</tr>\n");
            }
        }
        h.push_str("</tbody>\n</table>\n<div class=\"lists\">\n");
        self.uncovered(h);
        self.arrange(h);
        h.push_str("</div>\n</section>\n");
    }

    fn uncovered(&self, h: &mut String) {
        let _ = write!(
            h,
            "<section aria-labelledby=\"uncovered-h\"><h3 id=\"uncovered-h\">{}</h3><ul>",
            self.t(
                "Niemand zelfstandig bevoegd voor wat de afdeling doet (protocol of minimum)",
                "Nobody independently authorised for what the ward does (protocol or minimum)"
            )
        );
        let mut any = false;
        // What the place does: a protocol for it, or a minimum set for it.
        let does = |place: &str, p: Procedure| {
            self.roster
                .places()
                .iter()
                .find(|x| x.id == place)
                .is_some_and(|x| x.context.has_protocol_for(p) || x.minimum.contains_key(&p))
        };
        for c in self.answer.plan.uncovered().filter(|c| does(&c.place, c.procedure)) {
            any = true;
            let _ = write!(
                h,
                "<li>{}, {}: {} {} {} ({} {}, {} {})</li>",
                self.place(&c.place),
                self.procedure(c.procedure),
                c.from,
                self.t("t/m", "through"),
                c.until,
                c.conditional,
                self.t("mits", "provided"),
                c.permitted,
                self.t("op een andere route", "on another route")
            );
        }
        if !any {
            let _ = write!(h, "<li>{}</li>", self.t("alles is elke dag gedekt", "everything is covered every day"));
        }
        h.push_str("</ul></section>\n");
    }

    fn arrange(&self, h: &mut String) {
        let lang = self.lang;
        let _ = write!(
            h,
            "<section aria-labelledby=\"arrange-h\"><h3 id=\"arrange-h\">{} {}</h3><ol>",
            self.t("Eerst regelen (wat de meeste cellen opent op", "Arrange first (what opens the most cells on"),
            format_args!("{})", self.roster.from())
        );
        for gap in self.answer.gaps.iter().take(8) {
            let by = gap
                .instructor
                .as_ref()
                .map(|i| format!(" {} {}", self.t("door", "by"), self.staff(i)))
                .unwrap_or_default();
            let cells: Vec<String> = gap
                .opens
                .iter()
                .map(|o| {
                    format!("{} ({}, {})", self.staff(&o.staff), self.procedure(o.procedure), self.place(&o.place))
                })
                .collect();
            let _ = write!(
                h,
                "<li>{}{by}: {} {} — {}",
                escape(&gap.remedy.describe_with(lang, self.names())),
                gap.opens.len(),
                self.t("cel(len)", "cell(s)"),
                cells.join("; ")
            );
            let warnings: Vec<&Warning> = gap.opens.iter().flat_map(|o| o.warnings.iter()).collect();
            self.warnings(h, &warnings);
            h.push_str("</li>");
        }
        h.push_str("</ol></section>\n");
    }

    fn warnings(&self, h: &mut String, warnings: &[&Warning]) {
        let mut said: Vec<String> = Vec::new();
        for w in warnings {
            let text = w.describe(self.lang, self.labels);
            if !said.contains(&text) {
                said.push(text);
            }
        }
        if said.is_empty() {
            return;
        }
        h.push_str("<ul class=\"warn\">");
        for text in said {
            let _ = write!(h, "<li><strong>{}</strong> {}</li>", self.t("Let op:", "Note:"), escape(&text));
        }
        h.push_str("</ul>");
    }

    fn day(&self, h: &mut String, day: Date) {
        let _ = write!(
            h,
            "<section id=\"d{day}\" class=\"page day\" aria-labelledby=\"h{day}\">\n<h2 id=\"h{day}\">{} {day}</h2>\n",
            weekday(day, self.lang)
        );
        let _ = write!(
            h,
            "<table class=\"grid\">\n<caption>{} {} {day}; {}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
            self.t("Wie mag wat op", "Who may do what on"),
            weekday(day, self.lang),
            self.t("open een cel voor het antwoord in woorden", "open a cell for the answer in words"),
            self.t("Wie", "Who"),
            self.t("Afdeling", "Ward")
        );
        for &p in self.roster.procedures() {
            let _ = write!(
                h,
                "<th scope=\"col\" class=\"p\"><abbr title=\"{}\">{}</abbr></th>",
                self.procedure(p),
                escape(p.short_name(self.lang))
            );
        }
        h.push_str("</tr></thead>\n<tbody>\n");
        for (staff, places) in &self.rows {
            let Some(member) = self.roster.staff().iter().find(|m| m.id == *staff) else { continue };
            for place in places {
                let works = self
                    .roster
                    .procedures()
                    .iter()
                    .any(|p| self.cells.get(&(*staff, *place, *p)).is_some_and(|c| mark_of(c, day).is_some()));
                if !works {
                    continue;
                }
                let _ = write!(
                    h,
                    "<tr><th scope=\"row\">{}<span class=\"prof\">{}</span></th><td>{}</td>",
                    self.staff(staff),
                    escape(&member.professional.title(day, self.lang)),
                    self.place(place)
                );
                for &p in self.roster.procedures() {
                    match self.cells.get(&(*staff, *place, p)) {
                        Some(cell) => self.cell(h, cell, day),
                        None => h.push_str("<td></td>"),
                    }
                }
                h.push_str("</tr>\n");
            }
        }
        h.push_str("</tbody>\n</table>\n</section>\n");
    }

    /// One cell: its mark (colour, symbol, words for screen readers), opening to its answer.
    fn cell(&self, h: &mut String, cell: &Cell, day: Date) {
        let Some((mark, span)) = mark_of(cell, day) else {
            h.push_str("<td></td>");
            return;
        };
        let lang = self.lang;
        let instructed: Vec<&crate::plan::instruction::OnInstruction> =
            cell.on_instruction.iter().filter(|o| o.from <= day && day <= o.until).collect();
        // Raw words here: the whole is escaped once, below.
        let short = match (mark, instructed.first()) {
            (Mark::Instructed, Some(o)) => format!(
                "{} {}",
                self.t("op opdracht van", "on the instruction of"),
                self.answer
                    .plan
                    .instructors_on(&cell.staff, &cell.place, cell.procedure, o.from)
                    .iter()
                    .map(|i| self.labels.staff.get(*i).map_or(*i, String::as_str))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            (Mark::Other, _) => span.route.map_or_else(String::new, |r| r.name(lang).to_owned()),
            _ => mark.words(lang).to_owned(),
        };
        let changed = span.from == day && span.because.is_some();
        let change = if changed { "<span class=\"chg\" aria-hidden=\"true\">*</span>" } else { "" };
        let changed_words =
            if changed { format!(" ({})", self.t("verandert vandaag", "changes today")) } else { String::new() };
        let _ = write!(
            h,
            "<td class=\"c {}\" data-staff=\"{}\" data-place=\"{}\" data-procedure=\"{}\" data-mark=\"{}\"><details><summary>\
             <span aria-hidden=\"true\">{}</span>{change}<span class=\"sr\">{}: {}{changed_words}</span></summary><div class=\"why\">",
            mark.class(),
            escape(&cell.staff),
            escape(&cell.place),
            cell.procedure,
            mark.symbol(),
            mark.symbol(),
            self.procedure(cell.procedure),
            escape(&short)
        );
        self.why(h, cell, span, day, &instructed);
        h.push_str("</div></details></td>");
    }

    /// The answer of a cell in words: the explanation with its articles, what is missing, how
    /// long it holds, the instruction it may rest on, and its warnings.
    fn why(
        &self,
        h: &mut String,
        cell: &Cell,
        span: &Span,
        day: Date,
        instructed: &[&crate::plan::instruction::OnInstruction],
    ) {
        let lang = self.lang;
        let _ =
            write!(h, "<p class=\"what\">{}, {}, {day}</p>", self.staff(&cell.staff), self.procedure(cell.procedure));
        let delegated: Vec<&crate::plan::roster::DelegatedDays> =
            cell.delegated.iter().filter(|d| d.from <= day && day <= d.until).collect();
        let who = self.roster.staff().iter().find(|m| m.id == cell.staff);
        let place = self.roster.places().iter().find(|p| p.id == cell.place);
        match (delegated.first(), who, place) {
            (None, Some(who), Some(place)) => {
                if let Ok(ctx) = place.context.to_builder().date(span.from).build() {
                    let d = decide(&who.professional, cell.procedure, &ctx);
                    h.push_str("<ul class=\"because\">");
                    for line in d.explanation_with(lang, self.names()) {
                        let _ = write!(h, "<li>{}</li>", escape(&line));
                    }
                    h.push_str("</ul>");
                    let missing = d.missing();
                    if !missing.is_empty() && !d.is_permitted() {
                        let _ = write!(h, "<p>{}</p><ul>", self.t("Wat ontbreekt:", "What is missing:"));
                        for m in missing {
                            let _ = write!(h, "<li>{}</li>", escape(&m.describe_with(lang, self.names())));
                        }
                        h.push_str("</ul>");
                    }
                }
            }
            (Some(dd), _, _) => {
                let route = span.route.map_or("", |r| r.name(lang));
                let basis = span.basis.map(|b| format!(" ({b})")).unwrap_or_default();
                let outcome = match span.outcome {
                    Outcome::Permitted => self.t("bevoegd", "authorised"),
                    Outcome::Conditional => {
                        self.t("bevoegd mits wat onbekend is klopt", "authorised provided what is unknown holds")
                    }
                    _ => self.t("niet bevoegd", "not authorised"),
                };
                let _ = write!(
                    h,
                    "<p>{} {}: {outcome}, {}{}</p>",
                    self.t("Onder de delegatie van", "Under the delegation of"),
                    self.staff(&dd.instructor),
                    escape(route),
                    escape(&basis)
                );
                let warnings: Vec<&Warning> = dd.warnings.iter().collect();
                self.warnings(h, &warnings);
            }
            _ => {}
        }
        let next = cell.spans.iter().find(|s| s.from > span.until);
        let _ = write!(h, "<p class=\"holds\">{} {}", self.t("Geldt t/m", "Holds through"), span.until);
        if let Some(change) = next.and_then(|n| n.because.as_ref()) {
            let _ = write!(h, "; {} {}", self.t("daarna:", "then:"), escape(&change.describe(lang)));
        }
        h.push_str("</p>");
        for o in instructed {
            let route = o.route.map_or("", |r| r.name(lang));
            let basis = o.basis.map(|b| format!(" ({b})")).unwrap_or_default();
            let names: Vec<String> = self
                .answer
                .plan
                .instructors_on(&cell.staff, &cell.place, cell.procedure, o.from)
                .iter()
                .map(|i| self.staff(i))
                .collect();
            let _ = write!(
                h,
                "<p class=\"instr\">{} {}: {}{} {} {} {} {}{}</p>",
                self.t("Op opdracht van", "On the instruction of"),
                names.join(", "),
                escape(route),
                escape(&basis),
                self.t("van", "from"),
                o.from,
                self.t("t/m", "through"),
                o.until,
                if o.outcome == Outcome::Conditional {
                    self.t(", mits casusfeiten", ", provided case facts")
                } else {
                    ""
                }
            );
            let warnings: Vec<&Warning> = o.warnings.iter().collect();
            self.warnings(h, &warnings);
        }
    }
}

/// `dd-mm` of a day.
fn short_date(day: Date) -> String {
    format!("{:02}-{:02}", day.day(), day.month())
}

/// The page's style: colour and symbol and text for every mark (dark text on light fills, each
/// pair above WCAG AA's 4.5:1), tables with sticky headers on screen, one A4 landscape page per
/// section in print.
const STYLE: &str = "
:root{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#111;background:#fff}
body{margin:0 1rem 2rem}
h1{font-size:1.4rem;margin:.6rem 0 .2rem}h2{font-size:1.15rem;margin:1.2rem 0 .4rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
.basis{margin:0;color:#333;font-size:.85rem}
nav ul,.legend{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.3rem .9rem}
nav a{color:#0b3a8c}
a:focus,summary:focus{outline:3px solid #0b3a8c;outline-offset:1px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table{border-collapse:collapse;font-size:.8rem}
caption{text-align:left;font-size:.8rem;color:#333;padding:.2rem 0}
th,td{border:1px solid #999;padding:.15rem .3rem;vertical-align:top}
thead th{background:#eee;position:sticky;top:0;z-index:1;font-weight:600}
tbody th{text-align:left;font-weight:600;max-width:14rem}
.prof{display:block;font-weight:400;font-size:.7rem;color:#333}
.grid thead th.p{vertical-align:bottom;padding:.3rem .1rem}
.grid thead th.p abbr{writing-mode:vertical-rl;transform:rotate(180deg);text-decoration:none;white-space:nowrap}
.grid td.c{text-align:center;min-width:2.2rem;padding:0}
details{position:relative}
summary{list-style:none;cursor:pointer;padding:.2rem .25rem;font-weight:700}
summary::-webkit-details-marker{display:none}
.why{position:absolute;z-index:5;left:0;top:100%;width:24rem;text-align:left;background:#fff;color:#111;border:2px solid #333;padding:.4rem .6rem;font-weight:400;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.why p,.why ul{margin:.2rem 0}.why ul{padding-left:1.1rem}
.z{background:#cdeccf;color:#0a3311}.q{background:#fbe7a6;color:#3d2c00}.o{background:#d3e3fb;color:#0a2a5c}
.r{background:#e3d7f3;color:#2e1152}.n{background:#f3f3f3;color:#444}
.sym{display:inline-block;min-width:1.2rem;padding:0 .2rem;border-radius:3px;text-align:center;font-weight:700}
.chg{color:#8a1c00;font-weight:700}
.off{color:#555;font-style:italic}
.warn{list-style:none;padding:0;margin:.2rem 0}.warn li{color:#7a1500}
.lists{display:grid;grid-template-columns:1fr 1fr;gap:1rem;font-size:.85rem}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4 landscape;margin:8mm}
body{margin:0}nav{display:none}
.page{break-before:page}#overview{break-before:auto}
table{font-size:7pt}.prof{font-size:6pt}
.why{display:none}thead th{position:static}
.lists{font-size:6.5pt;grid-template-columns:1fr 1fr;gap:.5rem}.lists ul,.lists ol{margin:.1rem 0;padding-left:1rem}
h1{font-size:12pt;margin:0}h2{font-size:10pt;margin:.2rem 0}h3{font-size:8pt;margin:.2rem 0}.legend{font-size:7pt;margin:.1rem 0}
tr,td,th{break-inside:avoid}
}
";
