//! Each law-table row's smallest permitted case: what its doc example decides.
//!
//! Kept outside `law` so that the law table depends on nothing but leaf types; this module sits
//! above both the law and the input types it builds.

use strum::IntoEnumIterator;

use crate::input::context::{Context, Instruction, Protocol};
use crate::input::error::ValidationError;
use crate::input::professional::{Competence, Professional, Registration};
use crate::law::{COVERAGE_START, Rule};
use crate::types::date::Period;
use crate::types::facts::{CaseFacts, DrugClass, FieldOfCare, Technique};
use crate::types::procedure::ProcedureSet;
use crate::types::profession::Profession;
use crate::types::route::Route;
use crate::types::subdomain::Subdomain;

const EXAMPLE_SUBDOMAIN: Subdomain = Subdomain::literal("example_subdomain");

impl Rule {
    /// A smallest case this row permits, on the row's first day: a professional holding exactly
    /// what the row needs and a context meeting every condition. Handy to see what a row asks for,
    /// and it is what each row's doc example decides.
    ///
    /// # Errors
    ///
    /// None in practice (the inputs are built from the table, which a test checks); the
    /// [`ValidationError`] is passed on rather than hidden.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{decide, law};
    ///
    /// let rule = &law::NURSE_SPECIALIST_AGZ_CATHETERISATION;
    /// let (who, ctx) = rule.example_case()?;
    /// assert_eq!(ctx.date(), rule.valid.from());
    /// assert_eq!(decide(&who, rule.procedure, &ctx).basis_rule().map(|r| r.name), Some(rule.name));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn example_case(&self) -> Result<(Professional, Context), ValidationError> {
        let day = self.valid.from();
        let since = Period::starting(day);
        let mut who = Professional::builder(format!("example {}", self.name))
            .registration(Registration::active_from(self.registration_profession(), day))
            .trained_in(EXAMPLE_SUBDOMAIN)
            .competence(Competence { procedure: self.procedure, subdomain: None, valid: since });
        if let Some(q) = self.qualification {
            who = who.qualification(q, since);
        }
        let mut ctx = Context::builder(day, self.field.unwrap_or(FieldOfCare::Medicine))
            .subdomain(EXAMPLE_SUBDOMAIN)
            .protocol(Protocol { subdomain: EXAMPLE_SUBDOMAIN, procedures: ProcedureSet::only(self.procedure) })
            .facts(CaseFacts::ALL);
        if let Some(q) = self.qualification.filter(|q| q.is_nurse_specialism()) {
            ctx = ctx.specialism(q);
        }
        if let Some(d) = self.drugs.and_then(|set| DrugClass::iter().find(|d| set.contains(*d))) {
            ctx = ctx.drug(d);
        }
        if let Some(t) = self.techniques.and_then(|set| Technique::iter().find(|t| set.contains(*t))) {
            ctx = ctx.technique(t);
        }
        if self.route == Route::FunctionalIndependence {
            // Competent too: before 2011-07-01 an instructor had to be (art. 36 lid 15).
            let instructor = Professional::builder("example instructing physician")
                .registration(Registration::active_from(Profession::Physician, COVERAGE_START))
                .competence(Competence {
                    procedure: self.procedure,
                    subdomain: None,
                    valid: Period::starting(COVERAGE_START),
                })
                .build()?;
            ctx = ctx.instruction(Instruction { instructor, directions_followed: true, supervision_ensured: false });
        }
        Ok((who.build()?, ctx.build()?))
    }
}
