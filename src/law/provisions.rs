//! The provisions the engine cites outside the rows: the routes of art. 35-39, registration and
//! its measures, competence, the definition of a prescription, and the fields of expertise.
//!
//! Every citation of the crate is made here or in [`table`](super::table), so a lawyer reviews
//! the law in `law/` and nowhere else.

use crate::law::{Citation, Instrument, RULES};
use crate::types::date::Date;
use crate::types::facts::FieldOfCare;
use crate::types::procedure::Procedure;
use crate::types::profession::{Profession, ProfessionKind, Qualification};
use crate::types::route::Route;
use crate::types::status::{RestrictionGround, StrikeOffGround};

const WET_BIG: Instrument = Instrument::WetBig;

/// The paragraph of art. 36 that reserves `procedure`: `Wet BIG art. 36 lid N`.
pub const fn reserving(procedure: Procedure) -> Citation {
    Citation::new(WET_BIG, 36, None).lid(procedure.paragraph())
}

/// Art. 36: the closed list of the reserved procedures; an act it does not list is not reserved.
pub const RESERVED_ACTS: Citation = Citation::new(WET_BIG, 36, None);
/// Art. 35 lid 1: the prohibition applies only "buiten noodzaak" and "beroepsmatig"; the basis of
/// the emergency and non-professional routes.
pub const PROHIBITION: Citation = Citation::new(WET_BIG, 35, None).lid(1);
/// Art. 35 lid 2: the one instructed is authorised; the basis of the instruction route.
pub const INSTRUCTED_AUTHORISED: Citation = Citation::new(WET_BIG, 35, None).lid(2);
/// Art. 35 lid 1 onder a: an instruction from someone who derives authority from art. 36-37.
pub const INSTRUCTION: Citation = Citation::new(WET_BIG, 35, None).lid(1).onder('a');
/// Art. 35 lid 1 onder b: the one instructed may reasonably assume they are competent.
pub const INSTRUCTED_COMPETENCE: Citation = Citation::new(WET_BIG, 35, None).lid(1).onder('b');
/// Art. 35 lid 1 onder c: the instructor's directions followed.
pub const INSTRUCTION_DIRECTIONS: Citation = Citation::new(WET_BIG, 35, None).lid(1).onder('c');
/// Art. 38 onder a: directions, supervision and the possibility of intervention where reasonably
/// needed.
pub const SUPERVISION: Citation = Citation::new(WET_BIG, 38, None).onder('a');
/// Art. 36 lid 15: competence (bekwaamheid) of the independently authorised.
pub const COMPETENCE: Citation = Citation::new(WET_BIG, 36, None).lid(15);
/// Art. 36a lid 2: the competence clause applies to the experiment professions.
pub const COMPETENCE_EXPERIMENT: Citation = Citation::new(WET_BIG, 36, Some('a')).lid(2);
/// Geneesmiddelenwet art. 1 lid 1 onder pp: only an art. 36 lid 14 (or art. 36a) professional's
/// document is a prescription, so no route but independence prescribes.
pub const PRESCRIPTION_DEFINITION: Citation =
    Citation::new(Instrument::Geneesmiddelenwet, 1, None).lid(1).onder2(*b"pp");
/// Art. 36 lid 14 onder d, 1°: the diagnosis made by a physician, dentist or midwife. The
/// Regeling voorschrijfbevoegdheid verpleegkundigen narrows it to a physician; its rows cite it.
pub const NURSE_PRESCRIBING_DIAGNOSIS: Citation = Citation::new(WET_BIG, 36, None).lid(14).onder('d').sub(1);
/// Art. 36 lid 14 onder d, 4°: a nurse prescribes only with the authority annotated in the register.
pub const NURSE_PRESCRIBING_ANNOTATION: Citation = Citation::new(WET_BIG, 36, None).lid(14).onder('d').sub(4);
/// Art. 4 lid 3: while suspended, a registered professional counts as not registered.
pub const SUSPENSION: Citation = Citation::new(WET_BIG, 4, None).lid(3);
/// Art. 48 lid 1 onder e: partial withdrawal of the right to practise.
pub const PARTIAL_WITHDRAWAL: Citation = Citation::new(WET_BIG, 48, None).lid(1).onder('e');

/// Art. 80 lid 1 onder a: the authority bound to special conditions (noted under art. 9 lid 1
/// onder e).
pub const REGISTRATION_CONDITIONS: Citation = Citation::new(WET_BIG, 80, None).lid(1).onder('a');

/// The provision of each ground for restricting a registration's authority.
pub const fn restriction(ground: RestrictionGround) -> Citation {
    match ground {
        RestrictionGround::Order => Citation::new(WET_BIG, 9, None).lid(1).onder('a'),
        RestrictionGround::ForeignMeasure => Citation::new(WET_BIG, 9, None).lid(4),
        RestrictionGround::PartialWithdrawal => PARTIAL_WITHDRAWAL,
    }
}

/// The provision of each ground for striking off a registration.
pub const fn strike_off(ground: StrikeOffGround) -> Citation {
    match ground {
        StrikeOffGround::OnRequest => Citation::new(WET_BIG, 7, None).onder('b'),
        StrikeOffGround::Disciplinary => Citation::new(WET_BIG, 48, None).lid(1).onder('f'),
        StrikeOffGround::Unfitness => Citation::new(WET_BIG, 80, None).lid(1).onder('c'),
        StrikeOffGround::ForeignMeasure => Citation::new(WET_BIG, 7, None).onder('e'),
        StrikeOffGround::MissedReregistration => Citation::new(WET_BIG, 8, None).lid(1),
    }
}

/// What makes someone a holder of `profession` at all: the register entry (art. 4 lid 4), the
/// temporary register (art. 36b) or the training title (art. 34).
pub const fn registration(profession: Profession) -> Citation {
    match profession.kind() {
        ProfessionKind::Register => Citation::new(WET_BIG, 4, None).lid(4),
        ProfessionKind::TemporaryRegister => Citation::new(WET_BIG, 36, Some('b')),
        ProfessionKind::TrainingTitle => Citation::new(WET_BIG, 34, None),
        ProfessionKind::ExperimentTitle => Citation::new(WET_BIG, 36, Some('a')).lid(3),
        // No title at all: the only route is an instruction (art. 35 lid 1).
        _ => PROHIBITION,
    }
}

/// The basis of a route that has no rows: art. 35 lid 2 for an instruction, art. 35 lid 1 for an
/// emergency or a non-professional act. `None` for the routes whose basis is a row.
pub const fn route_basis(route: Route) -> Option<Citation> {
    match route {
        Route::OnInstruction => Some(INSTRUCTED_AUTHORISED),
        Route::Emergency | Route::NotProfessional => Some(PROHIBITION),
        Route::Independent | Route::FunctionalIndependence => None,
    }
}

/// The article that defines a field of expertise (deskundigheidsgebied): the physician's art. 19,
/// the dentist's art. 21 (tandheelkunst), the midwife's Besluit opleidingseisen en
/// deskundigheidsgebied verloskundige 2008 art. 5 (made under art. 31).
pub const fn field_of_expertise(field: FieldOfCare) -> Citation {
    match field {
        FieldOfCare::Medicine => Citation::new(WET_BIG, 19, None),
        FieldOfCare::Dentistry => Citation::new(WET_BIG, 21, None),
        FieldOfCare::Obstetrics => Citation::new(Instrument::BesluitOpleidingseisenVerloskundige2008, 5, None),
    }
}

/// When a holder's own list of designated procedures is fixed by one provision, that provision on
/// `date`: the article of the nurse-specialist category held (the temporary decree's item during
/// the experiment, the Regeling's article after it), or the list article of an experiment
/// profession (the temporary decrees of the physician assistant, clinical technologist and
/// registered dental hygienist). Derived from the rows in force on the date, so it changes with
/// them. `None` when the holder's procedures come from art. 36 itself.
pub(crate) fn designation_list(
    sole_profession: Option<Profession>,
    specialism: Option<Qualification>,
    date: Date,
) -> Option<(Profession, Option<Qualification>, Citation)> {
    let in_force = |r: &&crate::law::Rule| r.route == Route::Independent && r.valid.contains(date);
    if let Some(q) = specialism
        && let Some(r) = RULES.iter().filter(in_force).find(|r| r.qualification == Some(q))
    {
        return Some((q.base_profession(), Some(q), r.citation));
    }
    let p = sole_profession?;
    RULES
        .iter()
        .filter(in_force)
        .find(|r| {
            r.profession.register_profession() == p && r.qualification.is_none() && r.citation.instrument() != WET_BIG
        })
        .map(|r| (p, None, r.citation.list()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What makes someone a holder, by how the law knows the profession.
    #[test]
    fn a_holder_is_made_by_the_register_the_temporary_register_the_title_or_nothing() {
        let cited = |p: Profession| registration(p).to_string();
        assert_eq!(cited(Profession::Physician), "Wet BIG art. 4 lid 4");
        assert_eq!(cited(Profession::RegisteredDentalHygienist), "Wet BIG art. 36b");
        assert_eq!(cited(Profession::DentalHygienist), "Wet BIG art. 34");
        assert_eq!(cited(Profession::ClinicalTechnologistTitle), "Wet BIG art. 36a lid 3");
        assert_eq!(registration(Profession::MedicalStudent), PROHIBITION);
    }
}
