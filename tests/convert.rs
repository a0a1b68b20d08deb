//! Date conversions to and from jiff, time and chrono (features `jiff`, `time`, `chrono`):
//! every date of 1..=9999 survives the round trip, and the day after, in their calendar, is ours.
#![cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

use bevoegd::{Date, DateError};
use proptest::prelude::*;

fn any_date() -> impl Strategy<Value = Date> {
    (1u16..=9999, 1u8..=12, 1u8..=31).prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d).ok())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(if std::env::var_os("CI").is_some() { 256 } else { 2048 }))]

    #[cfg(feature = "jiff")]
    #[test]
    fn jiff_round_trips(ours in any_date()) {
        let theirs: jiff::civil::Date = ours.into();
        prop_assert_eq!(Date::try_from(theirs).unwrap(), ours);
        prop_assert_eq!(theirs.to_string(), ours.to_string());
        if let (Some(next), Ok(t)) = (ours.next_day(), theirs.tomorrow()) {
            prop_assert_eq!(Date::try_from(t).unwrap(), next);
        }
    }

    #[cfg(feature = "time")]
    #[test]
    fn time_round_trips(ours in any_date()) {
        let theirs = time::Date::try_from(ours).unwrap();
        prop_assert_eq!(Date::try_from(theirs).unwrap(), ours);
        if let (Some(next), Some(t)) = (ours.next_day(), theirs.next_day()) {
            prop_assert_eq!(Date::try_from(t).unwrap(), next);
        }
    }

    #[cfg(feature = "chrono")]
    #[test]
    fn chrono_round_trips(ours in any_date()) {
        let theirs = chrono::NaiveDate::try_from(ours).unwrap();
        prop_assert_eq!(Date::try_from(theirs).unwrap(), ours);
        if let (Some(next), Some(t)) = (ours.next_day(), theirs.succ_opt()) {
            prop_assert_eq!(Date::try_from(t).unwrap(), next);
        }
    }
}

#[test]
fn years_outside_the_range_are_errors_naming_the_year() {
    #[cfg(feature = "jiff")]
    assert_eq!(Date::try_from(jiff::civil::date(0, 6, 1)), Err(DateError::YearNotRepresentable { year: 0 }));
    #[cfg(feature = "chrono")]
    assert_eq!(
        Date::try_from(chrono::NaiveDate::from_ymd_opt(10000, 1, 1).unwrap()),
        Err(DateError::YearNotRepresentable { year: 10000 })
    );
    #[cfg(feature = "time")]
    assert_eq!(
        Date::try_from(time::Date::from_calendar_date(-1, time::Month::March, 1).unwrap()),
        Err(DateError::YearNotRepresentable { year: -1 })
    );
    let _ = DateError::YearNotRepresentable { year: 1 }; // the variant exists without any feature too
}
