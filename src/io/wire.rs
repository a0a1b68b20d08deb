//! The wire form for other services: a whole [`Request`] in, an [`AuditRecord`] out.
//!
//! Every input type checks itself while it is deserialised (unknown fields, unknown codes,
//! impossible dates, contradictory histories are errors, never silent defaults), so a `Request`
//! that parsed is a request `decide` can answer. The format is serde's: JSON in the examples and
//! the documented wire format (`docs/wire-format.md`), any self-describing format for callers.

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
    professional: Professional,
    act: Act,
    context: Context,
    through: Option<Date>,
    decision_id: Option<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestRepr {
    professional: Professional,
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
        Ok(Request::new(r.professional, r.procedure, r.context)?.through(r.through).with_decision_id(r.decision_id))
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
        let Some(p) = self.act.procedure() else {
            return DecisionReport::not_reserved(self.context.date(), lang);
        };
        let mut report = decide(&self.professional, p, &self.context).report(lang);
        report.holds_until = crate::plan::timeline::holds_until(&self.professional, p, &self.context);
        if let Some(through) = self.through {
            report.periods = crate::plan::timeline::periods(&self.professional, p, &self.context, through);
        }
        report
    }

    /// Decides the request and wraps the answer as an audit record, with the caller's decision
    /// id.
    pub fn audit(&self, lang: Lang) -> AuditRecord {
        AuditRecord { decision_id: self.decision_id.clone(), ..AuditRecord::of(self.report(lang)) }
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
        }
    }
}

/// The body of `POST /v1/who-may`, and the question a who-may record of the decision log keeps:
/// who of `staff` may perform `procedure` in `context`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg(feature = "json")]
pub(crate) struct WhoMayRequest {
    pub(crate) staff: Vec<Professional>,
    pub(crate) procedure: Procedure,
    pub(crate) context: Context,
    /// The caller's decision id (the service makes one when it is absent and a log is kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) decision_id: Option<String>,
}

#[cfg(feature = "json")]
impl WhoMayRequest {
    /// Per person, the answer.
    pub(crate) fn answers(&self) -> Vec<crate::decision::Answer> {
        crate::plan::batch::who_may_answers(&self.staff, self.procedure, &self.context)
    }

    /// Per person, the route on which they may perform the procedure, or `None`.
    pub(crate) fn routes(&self) -> Vec<Option<crate::types::route::Route>> {
        self.answers().iter().map(crate::decision::Answer::route).collect()
    }
}
