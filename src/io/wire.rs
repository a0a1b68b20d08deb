//! The wire form for other services: a whole [`Request`] in, an [`AuditRecord`] out.
//!
//! Every input type checks itself while it is deserialised (unknown fields, unknown codes,
//! impossible dates, contradictory histories are errors, never silent defaults), so a `Request`
//! that parsed is a request `decide` can answer. The format is serde's: JSON in the examples and
//! the documented wire format (`docs/wire-format.md`), any self-describing format for callers.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::decision::{Decision, DecisionReport};
use crate::engine::decide;
use crate::input::context::Context;
use crate::input::error::{Problem, ValidationError};
use crate::input::professional::Professional;
use crate::law;
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::procedure::{Act, Procedure};

/// One question: may this professional perform this procedure in this context.
///
/// Built with [`Request::new`] or parsed; both check that the parts fit together (a technique in
/// the context must be a form of the procedure asked about).
///
/// ```
/// use bevoegd::{Request, Lang};
///
/// let json = r#"{
///   "professional": { "name": "A", "registrations": [
///     { "profession": "physician", "history": [ { "period": { "from": "2015-01-01" }, "status": "active" } ] } ],
///     "competences": [ { "procedure": "injection", "valid": { "from": "2015-01-01" } } ] },
///   "procedure": "injection",
///   "context": { "date": "2025-01-06", "field": "medicine" }
/// }"#;
/// let request: Request = serde_json::from_str(json)?;
/// let record = request.audit(Lang::En);
/// assert_eq!(record.decision.basis.map(|c| c.to_string()).as_deref(), Some("Wet BIG art. 36 lid 5 onder a"));
/// assert_eq!(record.legal_basis_as_of, bevoegd::law::LEGAL_BASIS_AS_OF);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(try_from = "RequestRepr", into = "RequestRepr")]
pub struct Request {
    /// Shared: a request that names a held staff member reads the held professional, uncopied.
    professional: Arc<Professional>,
    act: Act,
    context: Context,
    through: Option<Date>,
    decision_id: Option<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestRepr {
    professional: Arc<Professional>,
    procedure: Act,
    context: Context,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    through: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    decision_id: Option<String>,
}

impl TryFrom<RequestRepr> for Request {
    type Error = ValidationError;
    fn try_from(r: RequestRepr) -> Result<Request, ValidationError> {
        Ok(Request::shared(r.professional, r.procedure, r.context)?.through(r.through).with_decision_id(r.decision_id))
    }
}

impl From<Request> for RequestRepr {
    fn from(r: Request) -> RequestRepr {
        RequestRepr {
            professional: r.professional,
            procedure: r.act,
            context: r.context,
            through: r.through,
            decision_id: r.decision_id,
        }
    }
}

/// A request as the command and the service read it: [`Request`]'s wire form, whose person is
/// either the professional itself (`"professional"`) or the id of a held staff member
/// (`"staff_id"`, see [`HeldStaff`](crate::staff::HeldStaff)), never both.
///
/// ```
/// use bevoegd::jsonl::RequestForm;
/// use bevoegd::staff::HeldStaff;
///
/// let (who, ctx) = bevoegd::law::PHYSICIAN_SURGERY.example_case()?;
/// let held = HeldStaff::parse(&serde_json::json!({"id": "e1", "professional": who}).to_string())?;
/// let form: RequestForm = serde_json::from_value(serde_json::json!({"staff_id": "e1", "procedure": "surgery", "context": ctx}))?;
/// let (request, staff) = form.resolve(Some(&held))?;
/// assert_eq!(request.professional(), &who);
/// assert_eq!(staff.map(|s| s.version), Some(held.version().to_owned()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "json")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Request", transform = exactly_one_person))]
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestForm {
    /// The professional; exactly one of `professional` and `staff_id`.
    #[serde(default)]
    professional: Option<Arc<Professional>>,
    /// The id of a held staff member (`bevoegd serve --staff`, `bevoegd decide --staff`);
    /// exactly one of `professional` and `staff_id`.
    #[serde(default)]
    staff_id: Option<String>,
    /// The procedure, or `not_reserved`.
    procedure: Act,
    /// Where and when.
    context: Context,
    /// Answer every day from the context's date through this day too.
    #[serde(default)]
    through: Option<Date>,
    /// The caller's id for the decision, echoed in its record.
    #[serde(default)]
    decision_id: Option<String>,
}

/// The schema's rule for the person of a request: exactly one of `professional` and `staff_id`.
#[cfg(feature = "schema")]
fn exactly_one_person(schema: &mut schemars::Schema) {
    schema.insert("oneOf".to_owned(), serde_json::json!([{"required": ["professional"]}, {"required": ["staff_id"]}]));
}

/// The schema's rule for the people of a who-may question: not both `staff` and `staff_ids`.
#[cfg(feature = "schema")]
fn one_way_of_naming(schema: &mut schemars::Schema) {
    schema.insert("not".to_owned(), serde_json::json!({"required": ["staff", "staff_ids"]}));
}

#[cfg(feature = "json")]
impl RequestForm {
    /// The request, its professional read from `staff` when it names a staff id.
    ///
    /// # Errors
    ///
    /// [`InputError`](crate::jsonl::InputError) at `staff_id` when both or neither of
    /// `professional` and `staff_id` are given, when no staff is held, or when the id is not
    /// held; at `context.technique` as [`Request::new`].
    pub fn resolve(
        self,
        staff: Option<&crate::staff::HeldStaff>,
    ) -> Result<(Request, Option<StaffRef>), crate::jsonl::InputError> {
        use crate::jsonl::InputError;
        let at = |message: String| InputError { path: "staff_id".to_owned(), message };
        let (professional, held) = match (self.professional, self.staff_id) {
            (Some(_), Some(_)) => {
                return Err(at("give either `professional` or `staff_id`, not both".to_owned()));
            }
            (None, None) => {
                return Err(InputError {
                    path: "professional".to_owned(),
                    message: "absent: give the professional, or a held staff member's `staff_id`".to_owned(),
                });
            }
            (Some(p), None) => (p, None),
            (None, Some(id)) => {
                let Some(staff) = staff else {
                    return Err(at(format!(
                        "`{}`: no staff is held here to look it up in (`--staff FILE`); send the `professional`",
                        crate::text::quoted(&id)
                    )));
                };
                let Some(p) = staff.get(&id) else {
                    return Err(at(format!(
                        "`{}` is not among the {} held staff (version {})",
                        crate::text::quoted(&id),
                        staff.len(),
                        staff.version()
                    )));
                };
                (p.clone(), Some(StaffRef { id, version: staff.version().to_owned() }))
            }
        };
        let request = Request::shared(professional, self.procedure, self.context)
            .map_err(|e| crate::io::jsonl::located(".", &e.to_string()))?
            .through(self.through)
            .with_decision_id(self.decision_id);
        Ok((request, held))
    }
}

impl Request {
    /// Puts a request together.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] at `context.technique` when the context's technique is a form of
    /// another procedure, or of any procedure when the act is not reserved.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{law, Procedure, Request, Technique};
    ///
    /// let (nurse, ctx) = law::NURSE_PUNCTURE.example_case()?;
    /// assert!(Request::new(nurse.clone(), Procedure::Puncture, ctx.clone()).is_ok());
    /// let mismatch = ctx.to_builder().technique(Technique::IntravenousInjection).build()?;
    /// assert_eq!(Request::new(nurse, Procedure::Puncture, mismatch).unwrap_err().path, "context.technique");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(professional: Professional, act: impl Into<Act>, context: Context) -> Result<Request, ValidationError> {
        Request::shared(Arc::new(professional), act, context)
    }

    /// [`Request::new`] with a professional shared with others (a held staff member's, read by
    /// many requests without being copied).
    ///
    /// # Errors
    ///
    /// As [`Request::new`].
    pub fn shared(
        professional: Arc<Professional>,
        act: impl Into<Act>,
        context: Context,
    ) -> Result<Request, ValidationError> {
        let act = act.into();
        if let Some(t) = context.technique()
            && Some(t.procedure()) != act.procedure()
        {
            return Err(ValidationError::at(
                "context.technique",
                Problem::TechniqueMismatch { technique: t, technique_procedure: t.procedure(), act },
            ));
        }
        Ok(Request { professional, act, context, through: None, decision_id: None })
    }

    /// This request, asking for the answers from the context's date through `through` too
    /// (wire: `"through"`); `None` asks for the one day.
    #[must_use]
    pub fn through(self, through: Option<Date>) -> Request {
        Request { through, ..self }
    }

    /// This request with a caller's decision id, echoed in its [`AuditRecord`] so that a record
    /// can be found again (e.g. the id of the roster entry or the order it answers).
    ///
    /// ```
    /// use bevoegd::{law, Lang, Request};
    ///
    /// let (who, ctx) = law::PHYSICIAN_SURGERY.example_case()?;
    /// let request = Request::new(who, law::PHYSICIAN_SURGERY.procedure, ctx)?.with_decision_id(Some("or-2025-0311".into()));
    /// assert_eq!(request.audit(Lang::En).decision_id.as_deref(), Some("or-2025-0311"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_decision_id(self, decision_id: Option<String>) -> Request {
        Request { decision_id, ..self }
    }

    /// The caller's decision id, if any.
    pub fn decision_id(&self) -> Option<&str> {
        self.decision_id.as_deref()
    }

    /// The professional.
    pub fn professional(&self) -> &Professional {
        &self.professional
    }

    /// What is asked about: a reserved procedure, or an act art. 36 does not reserve.
    pub fn act(&self) -> Act {
        self.act
    }

    /// The reserved procedure asked about; `None` for an act art. 36 does not reserve.
    pub fn procedure(&self) -> Option<Procedure> {
        self.act.procedure()
    }

    /// The context.
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// Decides the request; `None` when the act is not reserved (nothing to decide: see
    /// [`Request::report`]).
    pub fn decide(&self) -> Option<Decision> {
        self.act.procedure().map(|p| decide(&self.professional, p, &self.context))
    }

    /// The answer in its wire form: the decision for a reserved procedure, or the statement that
    /// art. 36 does not reserve the act.
    ///
    /// For a reserved procedure the report also says how long the answer holds
    /// ([`holds_until`](crate::holds_until)) and, when the request asks `through` a day, the
    /// answers until then ([`periods`](crate::periods)).
    pub fn report(&self, lang: Lang) -> DecisionReport {
        self.report_granted(lang).0
    }

    /// The report, and the records that granted it with where they came from.
    fn report_granted(&self, lang: Lang) -> (DecisionReport, Vec<crate::input::provenance::GrantedBy>) {
        let Some(p) = self.act.procedure() else {
            return (DecisionReport::not_reserved(self.context.date(), lang), Vec::new());
        };
        let decision = decide(&self.professional, p, &self.context);
        let granted_by = granted_by(&self.professional, &decision, &self.context);
        let mut report = decision.report(lang);
        report.holds_until = crate::plan::timeline::holds_until(&self.professional, p, &self.context);
        report.forecast_from =
            crate::law::forecast_from(self.context.date(), report.holds_until.as_ref().map(|h| h.until));
        if let Some(through) = self.through {
            report.periods = crate::plan::timeline::periods(&self.professional, p, &self.context, through);
        }
        (report, granted_by)
    }

    /// Decides the request and wraps the answer as an audit record, with the caller's decision
    /// id and the provenance of the records that granted it (`granted_by`).
    pub fn audit(&self, lang: Lang) -> AuditRecord {
        let (report, granted_by) = self.report_granted(lang);
        AuditRecord { decision_id: self.decision_id.clone(), granted_by, ..AuditRecord::of(report) }
    }

    /// [`audit`](Self::audit) with the canonical request inside the record, so that the record
    /// can be replayed (re-decided and compared) later.
    ///
    /// ```
    /// use bevoegd::{law, AuditRecord, Lang, Request};
    ///
    /// let (who, ctx) = law::PHYSICIAN_SURGERY.example_case()?;
    /// let request = Request::new(who, law::PHYSICIAN_SURGERY.procedure, ctx)?;
    /// let record = request.replayable_audit(Lang::Nl);
    /// assert_eq!(record.request.as_ref(), Some(&request));
    /// // The record round-trips through JSON with its request.
    /// let back: AuditRecord = serde_json::from_str(&serde_json::to_string(&record)?)?;
    /// assert_eq!(back, record);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn replayable_audit(&self, lang: Lang) -> AuditRecord {
        AuditRecord { request: Some(self.clone()), ..self.audit(lang) }
    }
}

/// An answer as it is kept for audit: the report, the version of `bevoegd` that made it, the day
/// its law table was last checked against its sources and a fingerprint of that table, the
/// caller's decision id, and (when asked for) the canonical request, which makes the record
/// replayable: `bevoegd replay` re-decides it and reports any difference.
///
/// The reasons and remedies carry language-independent codes (`code`) beside the sentences of
/// `explanation`; a replay compares the codes, never the sentences.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, AuditRecord, Lang};
///
/// let (physician, ctx) = law::PHYSICIAN_SURGERY.example_case()?;
/// let record = AuditRecord::new(&decide(&physician, law::PHYSICIAN_SURGERY.procedure, &ctx), Lang::En);
/// assert_eq!(record.engine_version, env!("CARGO_PKG_VERSION"));
/// assert_eq!(record.legal_basis_as_of, law::LEGAL_BASIS_AS_OF);
/// assert_eq!(record.law_fingerprint, law::fingerprint());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuditRecord {
    /// The decision.
    pub decision: DecisionReport,
    /// The crate version, e.g. `0.1.0`.
    pub engine_version: String,
    /// [`law::LEGAL_BASIS_AS_OF`] of that version.
    pub legal_basis_as_of: Date,
    /// [`law::fingerprint`] of that version's law table. Absent in records made before it
    /// existed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub law_fingerprint: String,
    /// The caller's decision id, from the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_id: Option<String>,
    /// The canonical request, when the record was made replayable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
    /// The id of the held staff member the request named (`"staff_id"`); absent when the
    /// request carried its professional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_id: Option<String>,
    /// The version of the held staff the professional was read from
    /// (`staff::HeldStaff::version`, feature `json`); absent when the request
    /// carried its professional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_version: Option<String>,
    /// The records that granted the answer (permitted or conditional) and where each came from
    /// (a register look-up, a FHIR resource, an export, by hand); only records that say so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub granted_by: Vec<crate::input::provenance::GrantedBy>,
}

impl AuditRecord {
    /// The record of `decision`, with its explanation in `lang`.
    pub fn new(decision: &Decision, lang: Lang) -> AuditRecord {
        AuditRecord::of(decision.report(lang))
    }

    /// The record of a report.
    pub fn of(decision: DecisionReport) -> AuditRecord {
        AuditRecord {
            decision,
            engine_version: env!("CARGO_PKG_VERSION").to_owned(),
            legal_basis_as_of: law::LEGAL_BASIS_AS_OF,
            law_fingerprint: law::fingerprint().to_owned(),
            decision_id: None,
            request: None,
            staff_id: None,
            staff_version: None,
            granted_by: Vec::new(),
        }
    }

    /// This record, naming the held staff member its request named.
    #[must_use]
    pub fn with_staff(self, staff: Option<StaffRef>) -> AuditRecord {
        match staff {
            None => self,
            Some(s) => AuditRecord { staff_id: Some(s.id), staff_version: Some(s.version), ..self },
        }
    }
}

/// Which held staff member a request named, and the version of the held staff it was read from.
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct StaffRef {
    /// The staff id the request named.
    pub id: String,
    /// `staff::HeldStaff::version` (feature `json`) of the staff read.
    pub version: String,
}

/// The body of `POST /v1/who-may` and what `bevoegd who-may` asks, and the question a who-may
/// record of the decision log keeps: who of the staff may perform `procedure` in `context`.
///
/// The people are `staff` (professionals, inline) or `staff_ids` (held staff members, by id); not
/// both; neither means everyone held. A record keeps the professionals it read under `staff`, so
/// that a replay never depends on what is held later.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = one_way_of_naming))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg(feature = "json")]
pub(crate) struct WhoMayRequest {
    /// The people, inline; the answers name them by position (`index`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) staff: Option<Vec<Professional>>,
    /// The people, by the ids of held staff members; the answers name them by `id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) staff_ids: Option<Vec<String>>,
    pub(crate) procedure: Procedure,
    pub(crate) context: Context,
    /// The caller's decision id (the service makes one when it is absent and a log is kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) decision_id: Option<String>,
}

/// The people of a who-may question, read: each with its held id (none when inline).
#[cfg(feature = "json")]
pub(crate) struct WhoMayPeople {
    pub(crate) people: Vec<(Option<String>, Arc<Professional>)>,
    /// The version of the held staff read, when any was.
    pub(crate) staff_version: Option<String>,
}

#[cfg(feature = "json")]
impl WhoMayRequest {
    /// The people asked about, read from `held` when named by id.
    pub(crate) fn people(
        &self,
        held: Option<&crate::staff::HeldStaff>,
    ) -> Result<WhoMayPeople, crate::jsonl::InputError> {
        use crate::jsonl::InputError;
        let at = |message: String| InputError { path: "staff_ids".to_owned(), message };
        match (&self.staff, &self.staff_ids) {
            (Some(_), Some(_)) => Err(at("give either `staff` or `staff_ids`, not both".to_owned())),
            (Some(staff), None) => Ok(WhoMayPeople {
                people: staff.iter().map(|p| (None, Arc::new(p.clone()))).collect(),
                staff_version: None,
            }),
            (None, ids) => {
                let Some(held) = held else {
                    return Err(at(
                        "no staff is held here (`--staff FILE`): send the professionals as `staff`".to_owned()
                    ));
                };
                let people = match ids {
                    None => held.iter_shared().map(|(id, p)| (Some(id.to_owned()), p.clone())).collect(),
                    Some(ids) => ids
                        .iter()
                        .enumerate()
                        .map(|(i, id)| match held.get(id) {
                            Some(p) => Ok((Some(id.clone()), p.clone())),
                            None => Err(InputError {
                                path: format!("staff_ids[{i}]"),
                                message: format!(
                                    "`{}` is not among the {} held staff (version {})",
                                    crate::text::quoted(id),
                                    held.len(),
                                    held.version()
                                ),
                            }),
                        })
                        .collect::<Result<_, _>>()?,
                };
                Ok(WhoMayPeople { people, staff_version: Some(held.version().to_owned()) })
            }
        }
    }

    /// Per person of `staff` (inline), the answer: what a replay compares.
    pub(crate) fn answers(&self) -> Vec<crate::decision::Answer> {
        let staff = self.staff.as_deref().unwrap_or_default();
        crate::plan::batch::who_may_answers(staff, self.procedure, &self.context)
    }

    /// Per person of `staff` (inline), the route on which they may perform the procedure, or
    /// `None`.
    pub(crate) fn routes(&self) -> Vec<Option<crate::types::route::Route>> {
        self.answers().iter().map(crate::decision::Answer::route).collect()
    }

    /// The answer to this question for `people`, and the question as a record keeps it (the
    /// professionals inline, the ids beside them).
    pub(crate) fn answer(&self, people: &WhoMayPeople) -> WhoMayAnswer {
        let prepared = crate::engine::PreparedContext::for_procedures(
            &self.context,
            crate::types::procedure::ProcedureSet::only(self.procedure),
        );
        let by_id = self.staff.is_none();
        let answers: Vec<WhoMayEntry> = people
            .people
            .iter()
            .enumerate()
            .map(|(i, (id, who))| {
                let answer = prepared.answer(who, self.procedure);
                let mut entry = WhoMayEntry {
                    id: id.clone(),
                    index: (!by_id).then_some(i),
                    outcome: answer.outcome(),
                    route: answer.route().or(answer.conditional_route()),
                    basis: answer.basis(),
                    requires: Vec::new(),
                    holds_until: None,
                    forecast_from: None,
                    reason: None,
                    missing: Vec::new(),
                };
                match answer.outcome() {
                    crate::decision::Outcome::Permitted => {
                        entry.holds_until = crate::plan::timeline::holds_until(who, self.procedure, &self.context);
                        entry.forecast_from =
                            crate::law::forecast_from(self.context.date(), entry.holds_until.as_ref().map(|h| h.until));
                    }
                    crate::decision::Outcome::Conditional => {
                        entry.requires = prepared.decide(who, self.procedure).requires();
                    }
                    _ => {
                        let decision = prepared.decide(who, self.procedure);
                        entry.reason = decision.reason_iter().next();
                        entry.missing = decision.missing();
                    }
                }
                entry
            })
            .collect();
        let cited = answers.iter().flat_map(|a| {
            let reasons = a.requires.iter().chain(&a.reason);
            a.basis.into_iter().chain(reasons.flat_map(crate::decision::Reason::citations))
        });
        let citations = crate::law::cited_texts(cited, self.context.date());
        WhoMayAnswer {
            procedure: self.procedure,
            routes: answers
                .iter()
                .map(|a| if a.outcome == crate::decision::Outcome::Permitted { a.route } else { None })
                .collect(),
            answers,
            decision_id: self.decision_id.clone(),
            staff_version: people.staff_version.clone(),
            citations,
        }
    }

    /// The question as a record keeps it: the people read inline (`staff`), whatever named them.
    #[cfg(feature = "serve")]
    pub(crate) fn as_recorded(&self, people: &WhoMayPeople) -> WhoMayRequest {
        WhoMayRequest {
            staff: Some(people.people.iter().map(|(_, p)| (**p).clone()).collect()),
            staff_ids: None,
            procedure: self.procedure,
            context: self.context.clone(),
            decision_id: self.decision_id.clone(),
        }
    }
}

/// The answer of `POST /v1/who-may` and of `bevoegd who-may`: per person, in the order asked
/// (for everyone held: in id order), the route (`routes`, kept as it was) and the whole answer
/// (`answers`).
#[cfg(feature = "json")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WhoMayAnswer {
    /// The procedure asked about.
    pub procedure: Procedure,
    /// Per person: the route on which they may perform the procedure, or `null` (also when the
    /// answer is conditional: see `answers`).
    pub routes: Vec<Option<crate::types::route::Route>>,
    /// Per person, the whole answer.
    pub answers: Vec<WhoMayEntry>,
    /// The caller's decision id, or (with a decision log) the one the service made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_id: Option<String>,
    /// The version of the held staff read, when the people were named by id (or were everyone
    /// held).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_version: Option<String>,
    /// Every provision the answers cite (each `basis`, and each reason's `citation`, `also` and
    /// `changed_by`), once each in order of first appearance, with its Juriconnect reference (or
    /// publication) and the address of its text valid on the context's date. Derived from
    /// `answers`; absent when they cite nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<crate::law::CitedText>,
}

/// One person's answer to a who-may question: what [`decide`] answers for them, without the
/// sentences.
#[cfg(feature = "json")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WhoMayEntry {
    /// The held staff member's id, when the people were named by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The person's position in `staff` (from 0), when the people were sent inline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    /// Permitted, conditional or denied.
    pub outcome: crate::decision::Outcome,
    /// The route it is permitted on (conditional: would be, if `requires` hold); absent when
    /// denied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<crate::types::route::Route>,
    /// The provision the permission rests on (conditional: would rest on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<crate::law::Citation>,
    /// Conditional: the unknown facts that must hold, each as a reason (code and citation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<crate::decision::Reason>,
    /// Permitted: the last day the same inputs give the same answer, and what changes after it
    /// (absent when open-ended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holds_until: Option<crate::decision::HoldsUntil>,
    /// When permitted: the first day of the days it holds that is a forecast (after
    /// `legal_basis_as_of`); absent when none is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forecast_from: Option<crate::types::date::Date>,
    /// Denied: the first reason (the one [`decide`] gives first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<crate::decision::Reason>,
    /// Denied: what would make it permitted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<crate::decision::Remedy>,
}

/// The records of `who` that granted `decision` (permitted or conditional) in `ctx` and say where
/// they came from: the registration and qualification of the law-table row, and the competence
/// record the route needs. Records that say nothing of their source are not listed.
fn granted_by(
    who: &crate::input::professional::Professional,
    decision: &Decision,
    ctx: &crate::input::context::Context,
) -> Vec<crate::input::provenance::GrantedBy> {
    use crate::types::route::Route;
    let mut out = Vec::new();
    let Some(route) = decision.route().or(decision.conditional_route()) else { return out };
    let date = decision.date();
    if let Some(rule) = decision.basis_rule() {
        if let Some(p) = who.registration(rule.profession).and_then(|r| r.provenance()) {
            out.push(crate::input::provenance::GrantedBy::registration(rule.profession, p.clone()));
        }
        if let Some(q) = rule.qualification {
            for record in who.qualifications().iter().filter(|r| r.qualification == q && r.period.contains(date)) {
                if let Some(p) = who.provenance_of_qualification(record) {
                    out.push(crate::input::provenance::GrantedBy::qualification(record, p.clone()));
                }
            }
        }
    }
    if matches!(route, Route::Independent | Route::FunctionalIndependence | Route::OnInstruction) {
        let procedure = decision.procedure();
        for record in who.competences().iter().filter(|c| {
            c.procedure == procedure
                && (c.subdomain.is_none() || c.subdomain == ctx.subdomain())
                && c.valid.contains(date)
        }) {
            if let Some(p) = who.provenance_of_competence(record) {
                out.push(crate::input::provenance::GrantedBy::competence(record, p.clone()));
            }
        }
    }
    out
}
