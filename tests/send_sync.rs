//! Every public type can cross threads: a compile-time check (the test fails to build, not to
//! run, if one stops being `Send + Sync`).
#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

use bevoegd::*;

const fn send_sync<T: Send + Sync>() {}

#[test]
fn every_public_type_is_send_and_sync() {
    const _: () = {
        send_sync::<Act>();
        send_sync::<AuditRecord>();
        send_sync::<BigNumber>();
        send_sync::<BigNumberError>();
        send_sync::<CaseFact>();
        send_sync::<CaseFactSet>();
        send_sync::<CaseFacts>();
        send_sync::<Cell>();
        send_sync::<Change>();
        send_sync::<Competence>();
        send_sync::<Context>();
        send_sync::<ContextBuilder>();
        send_sync::<Coverage>();
        send_sync::<Date>();
        send_sync::<DateError>();
        send_sync::<Decision>();
        send_sync::<DecisionReport>();
        send_sync::<DrugClass>();
        send_sync::<DrugSet>();
        send_sync::<Eligibility>();
        send_sync::<Answer>();
        send_sync::<PreparedContext<'static>>();
        send_sync::<FactValue>();
        send_sync::<FieldOfCare>();
        send_sync::<Gap>();
        send_sync::<HoldsUntil>();
        send_sync::<Instruction>();
        send_sync::<Lang>();
        send_sync::<Opened>();
        send_sync::<OtherRoute>();
        send_sync::<Outcome>();
        send_sync::<Period>();
        send_sync::<Plan>();
        send_sync::<Problem>();
        send_sync::<Procedure>();
        send_sync::<ProcedureSet>();
        send_sync::<Profession>();
        send_sync::<ProfessionKind>();
        send_sync::<Professional>();
        send_sync::<ProfessionalBuilder>();
        send_sync::<Protocol>();
        send_sync::<Qualification>();
        send_sync::<QualificationRecord>();
        send_sync::<Reason>();
        send_sync::<Registration>();
        send_sync::<RegistrationStatus>();
        send_sync::<Remedy>();
        send_sync::<Request>();
        send_sync::<RestrictionGround>();
        send_sync::<Roster<'static>>();
        send_sync::<RosterError>();
        send_sync::<RosterTooLarge>();
        send_sync::<Route>();
        send_sync::<Span>();
        send_sync::<StatusPeriod>();
        send_sync::<StrikeOffGround>();
        send_sync::<Subdomain>();
        send_sync::<SubdomainError>();
        send_sync::<SuspensionGround>();
        send_sync::<Technique>();
        send_sync::<TechniqueSet>();
        send_sync::<Training>();
        send_sync::<TrainingError>();
        send_sync::<TrainingKind>();
        send_sync::<Unmet>();
        send_sync::<ValidationError>();
        send_sync::<law::Rule>();
        send_sync::<law::Citation>();
        send_sync::<law::Condition>();
        send_sync::<law::MatrixCell>();
    };
    // And the checked values really cross threads.
    let (who, ctx) = law::PHYSICIAN_SURGERY.example_case().unwrap();
    let handle = std::thread::spawn(move || decide(&who, Procedure::Surgery, &ctx));
    assert!(handle.join().unwrap().is_permitted());
}

#[cfg(all(feature = "big-register", feature = "fhir", feature = "json"))]
#[test]
fn the_feature_types_are_send_and_sync_too() {
    const _: () = {
        send_sync::<big_register::Response>();
        send_sync::<big_register::Person>();
        send_sync::<import::Imported>();
        send_sync::<import::ImportError>();
        send_sync::<fhir::Bundle>();
        send_sync::<fhir::BasisRecord>();
        send_sync::<jsonl::Answer>();
        send_sync::<jsonl::InputError>();
        send_sync::<jsonl::Replayed>();
    };
}
