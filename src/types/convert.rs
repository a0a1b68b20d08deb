//! Conversions between [`Date`] and the civil-date types of `jiff`, `time` and `chrono`, each
//! behind its own Cargo feature (`jiff`, `time`, `chrono`; all off by default), so a service that
//! already holds one of them never goes through strings.
//!
//! Every [`Date`] converts into each of them (all three cover years 1 to 9999); the way back is a
//! [`TryFrom`] that fails with [`DateError::YearNotRepresentable`] for a year outside 1..=9999.

#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
use crate::types::date::{Date, DateError};

#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
fn from_parts(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
    match u16::try_from(year) {
        Ok(y) if (1..=9999).contains(&y) => Date::new(y, month, day),
        _ => Err(DateError::YearNotRepresentable { year }),
    }
}

/// `jiff::civil::Date` (feature `jiff`).
///
/// ```
/// # #[cfg(feature = "jiff")] {
/// use bevoegd::Date;
///
/// let ours = Date::new(2025, 3, 10)?;
/// let theirs: jiff::civil::Date = ours.into();
/// assert_eq!(theirs, jiff::civil::date(2025, 3, 10));
/// assert_eq!(Date::try_from(theirs)?, ours);
/// assert!(Date::try_from(jiff::civil::date(-5, 1, 1)).is_err());
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "jiff")]
mod with_jiff {
    use super::*;

    impl From<Date> for jiff::civil::Date {
        fn from(d: Date) -> jiff::civil::Date {
            // Years 1..=9999 fit an i16, months 1..=12 and days 1..=31 an i8, and a real day is
            // always a valid jiff date: the casts cannot wrap.
            #[allow(clippy::cast_possible_wrap, reason = "the ranges above")]
            jiff::civil::date(d.year() as i16, d.month() as i8, d.day() as i8)
        }
    }

    impl TryFrom<jiff::civil::Date> for Date {
        type Error = DateError;
        fn try_from(d: jiff::civil::Date) -> Result<Date, DateError> {
            let year = i32::from(d.year());
            let month = u8::try_from(d.month()).map_err(|_| DateError::YearNotRepresentable { year })?;
            let day = u8::try_from(d.day()).map_err(|_| DateError::YearNotRepresentable { year })?;
            from_parts(year, month, day)
        }
    }
}

/// `time::Date` (feature `time`).
///
/// ```
/// # #[cfg(feature = "time")] {
/// use bevoegd::Date;
///
/// let ours = Date::new(2024, 2, 29)?;
/// let theirs = time::Date::try_from(ours)?;
/// assert_eq!(theirs, time::Date::from_calendar_date(2024, time::Month::February, 29)?);
/// assert_eq!(Date::try_from(theirs)?, ours);
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "time")]
mod with_time {
    use super::*;

    /// `time` checks the day again; it cannot fail for a valid [`Date`], but `time` gives no
    /// infallible constructor, so this is a `TryFrom` rather than a hidden `unwrap`.
    impl TryFrom<Date> for time::Date {
        type Error = time::error::ComponentRange;
        fn try_from(d: Date) -> Result<time::Date, time::error::ComponentRange> {
            let month = time::Month::try_from(d.month())?;
            time::Date::from_calendar_date(i32::from(d.year()), month, d.day())
        }
    }

    impl TryFrom<time::Date> for Date {
        type Error = DateError;
        fn try_from(d: time::Date) -> Result<Date, DateError> {
            from_parts(d.year(), u8::from(d.month()), d.day())
        }
    }
}

/// `chrono::NaiveDate` (feature `chrono`).
///
/// ```
/// # #[cfg(feature = "chrono")] {
/// use bevoegd::Date;
///
/// let ours = Date::new(2025, 12, 31)?;
/// let theirs = chrono::NaiveDate::try_from(ours)?;
/// assert_eq!(Some(theirs), chrono::NaiveDate::from_ymd_opt(2025, 12, 31));
/// assert_eq!(Date::try_from(theirs)?, ours);
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "chrono")]
mod with_chrono {
    use super::*;
    use chrono::Datelike;

    /// Why chrono refused a date it should hold (it never does for a valid [`Date`]).
    #[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
    #[error("chrono has no date {0}")]
    pub struct ChronoRange(pub Date);

    impl TryFrom<Date> for chrono::NaiveDate {
        type Error = ChronoRange;
        fn try_from(d: Date) -> Result<chrono::NaiveDate, ChronoRange> {
            chrono::NaiveDate::from_ymd_opt(i32::from(d.year()), u32::from(d.month()), u32::from(d.day()))
                .ok_or(ChronoRange(d))
        }
    }

    impl TryFrom<chrono::NaiveDate> for Date {
        type Error = DateError;
        fn try_from(d: chrono::NaiveDate) -> Result<Date, DateError> {
            // month() and day() are 1..=12 and 1..=31.
            let month = u8::try_from(d.month()).map_err(|_| DateError::YearNotRepresentable { year: d.year() })?;
            let day = u8::try_from(d.day()).map_err(|_| DateError::YearNotRepresentable { year: d.year() })?;
            from_parts(d.year(), month, day)
        }
    }
}

#[cfg(feature = "chrono")]
pub use with_chrono::ChronoRange;
