//! The wire form for other services: a whole [`Request`] in, an [`AuditRecord`] out.
//!
//! Every input type checks itself while it is deserialised (unknown fields, unknown codes,
//! impossible dates, contradictory histories are errors, never silent defaults), so a `Request`
//! that parsed is a request `decide` can answer. The format is serde's: JSON in the examples and
//! the documented wire format (`docs/wire-format.md`), any self-describing format for callers.

use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::date::Date;
use crate::decision::{Decision, DecisionReport, Lang};
use crate::engine::decide;
use crate::error::{Problem, ValidationError};
use crate::law::LEGAL_BASIS_AS_OF;
use crate::procedure::Procedure;
use crate::professional::Professional;

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
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(try_from = "RequestRepr", into = "RequestRepr")]
pub struct Request {
    professional: Professional,
    procedure: Procedure,
    context: Context,
}

#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestRepr {
    professional: Professional,
    procedure: Procedure,
    context: Context,
}

impl TryFrom<RequestRepr> for Request {
    type Error = ValidationError;
    fn try_from(r: RequestRepr) -> Result<Request, ValidationError> {
        Request::new(r.professional, r.procedure, r.context)
    }
}

impl From<Request> for RequestRepr {
    fn from(r: Request) -> RequestRepr {
        RequestRepr { professional: r.professional, procedure: r.procedure, context: r.context }
    }
}

impl Request {
    /// Puts a request together.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] at `context.technique` when the context's technique is a form of
    /// another procedure.
    pub fn new(professional: Professional, procedure: Procedure, context: Context) -> Result<Request, ValidationError> {
        if let Some(t) = context.technique() {
            if t.procedure() != procedure {
                return Err(ValidationError::at(
                    "context.technique",
                    Problem::TechniqueMismatch { technique: t, technique_procedure: t.procedure(), procedure },
                ));
            }
        }
        Ok(Request { professional, procedure, context })
    }

    /// The professional.
    pub fn professional(&self) -> &Professional {
        &self.professional
    }

    /// The procedure.
    pub fn procedure(&self) -> Procedure {
        self.procedure
    }

    /// The context.
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// Decides the request.
    pub fn decide(&self) -> Decision {
        decide(&self.professional, self.procedure, &self.context)
    }

    /// Decides the request and wraps the answer as an audit record.
    pub fn audit(&self, lang: Lang) -> AuditRecord {
        AuditRecord::new(&self.decide(), lang)
    }
}

/// A decision as it is kept for audit: the decision, the version of `bevoegd` that made it, and
/// the day its law table was last checked against its sources.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditRecord {
    /// The decision.
    pub decision: DecisionReport,
    /// The crate version, e.g. `0.1.0`.
    pub engine_version: String,
    /// [`LEGAL_BASIS_AS_OF`] of that version.
    pub legal_basis_as_of: Date,
}

impl AuditRecord {
    /// The record of `decision`, with its explanation in `lang`.
    pub fn new(decision: &Decision, lang: Lang) -> AuditRecord {
        AuditRecord {
            decision: decision.report(lang),
            engine_version: env!("CARGO_PKG_VERSION").to_owned(),
            legal_basis_as_of: LEGAL_BASIS_AS_OF,
        }
    }
}
