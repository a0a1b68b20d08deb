//! Arbitrary bytes as a JSON request: parsing never panics, and whatever parses is answered,
//! serialised and parsed back to the same request and the same answer.
#![no_main]

use bevoegd::{AuditRecord, Lang, Request};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(request) = serde_json::from_slice::<Request>(data) else { return };
    let record = request.audit(Lang::Nl);
    let json = serde_json::to_string(&request).expect("a parsed request serialises");
    let again: Request = serde_json::from_str(&json).expect("a serialised request parses");
    assert_eq!(again, request);
    let answer = serde_json::to_string(&record).expect("an answer serialises");
    let back: AuditRecord = serde_json::from_str(&answer).expect("an answer parses");
    assert_eq!(back, record);
    assert_eq!(request.audit(Lang::Nl), record, "deciding is deterministic");
});
