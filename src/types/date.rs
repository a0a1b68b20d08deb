//! Civil dates and inclusive periods, in the ISO 8601 `YYYY-MM-DD` form.
//!
//! The law answers "as of" a day, so a day is all the engine needs: no time zone, no clock. A
//! [`Date`] is packed into one `u32` so that comparing two dates is one integer comparison on the
//! decision hot path.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use thiserror::Error;

use crate::text::quoted;

/// A day in the proleptic Gregorian calendar, years 1 to 9999.
///
/// The only ways in are [`Date::new`] and [`FromStr`] (`YYYY-MM-DD`, exactly ten characters), so
/// every `Date` is a real day. Ordering is chronological.
///
/// # Example
///
/// ```
/// use bevoegd::Date;
///
/// let d: Date = "2020-07-01".parse()?;
/// assert_eq!(d, Date::new(2020, 7, 1)?);
/// assert_eq!(d.to_string(), "2020-07-01");
/// assert!("2021-02-29".parse::<Date>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(u32);

impl Date {
    /// The earliest representable day, `0001-01-01`.
    pub const MIN: Date = Date::from_parts(1, 1, 1);
    /// The latest representable day, `9999-12-31`.
    pub const MAX: Date = Date::from_parts(9999, 12, 31);

    /// Packs already-checked parts. Only for constants in this crate and the checked constructor.
    pub(crate) const fn from_parts(year: u16, month: u8, day: u8) -> Date {
        Date(((year as u32) << 9) | ((month as u32) << 5) | day as u32)
    }

    /// Builds a date from its parts.
    ///
    /// # Errors
    ///
    /// [`DateError`] when the year is outside 1..=9999, the month outside 1..=12, or the day does
    /// not exist in that month.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{Date, DateError};
    ///
    /// assert_eq!(Date::new(2024, 2, 29)?.to_string(), "2024-02-29");
    /// assert_eq!(Date::new(2023, 2, 29), Err(DateError::NoSuchDay { year: 2023, month: 2, day: 29 }));
    /// assert_eq!(Date::new(2023, 13, 1), Err(DateError::NoSuchMonth { month: 13 }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if year == 0 || year > 9999 {
            return Err(DateError::YearOutOfRange { year });
        }
        if month == 0 || month > 12 {
            return Err(DateError::NoSuchMonth { month });
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay { year, month, day });
        }
        Ok(Date::from_parts(year, month, day))
    }

    /// [`Date::new`] without the error, for `const` date literals ([`ymd!`]).
    pub(crate) const fn checked(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || year > 9999 || month == 0 || month > 12 || day == 0 || day > days_in_month(year, month) {
            None
        } else {
            Some(Date::from_parts(year, month, day))
        }
    }

    /// The year.
    pub const fn year(self) -> u16 {
        (self.0 >> 9) as u16
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        ((self.0 >> 5) & 0xF) as u8
    }

    /// The day of the month, 1 to 31.
    pub const fn day(self) -> u8 {
        (self.0 & 0x1F) as u8
    }

    /// Whether this day comes after `other` (usable in `const`, unlike `>`).
    ///
    /// ```
    /// use bevoegd::Date;
    /// assert!(Date::new(2024, 3, 1)?.after(Date::new(2024, 2, 29)?));
    /// assert!(!Date::new(2024, 3, 1)?.after(Date::new(2024, 3, 1)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn after(self, other: Date) -> bool {
        self.0 > other.0
    }

    /// The next day, or `None` after [`Date::MAX`].
    ///
    /// ```
    /// use bevoegd::Date;
    /// assert_eq!(Date::new(2024, 2, 28)?.next_day(), Some(Date::new(2024, 2, 29)?));
    /// assert_eq!(Date::new(2023, 12, 31)?.next_day(), Some(Date::new(2024, 1, 1)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn next_day(self) -> Option<Date> {
        let (y, m, d) = (self.year(), self.month(), self.day());
        if d < days_in_month(y, m) {
            Some(Date::from_parts(y, m, d + 1))
        } else if m < 12 {
            Some(Date::from_parts(y, m + 1, 1))
        } else if y < 9999 {
            Some(Date::from_parts(y + 1, 1, 1))
        } else {
            None
        }
    }

    /// The number of days from `earlier` to this day: 0 on the same day, negative when `earlier`
    /// comes after it.
    ///
    /// ```
    /// use bevoegd::Date;
    /// assert_eq!(Date::new(2024, 3, 1)?.days_since(Date::new(2024, 2, 28)?), 2);
    /// assert_eq!(Date::new(2025, 1, 1)?.days_since(Date::new(2024, 1, 1)?), 366);
    /// assert_eq!(Date::MIN.days_since(Date::MAX), -3_652_058);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    const fn day_number(self) -> i64 {
        let (y, m, d) = (self.year() as i64, self.month() as i64, self.day() as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    }

    /// The previous day, or `None` before [`Date::MIN`].
    ///
    /// ```
    /// use bevoegd::Date;
    /// assert_eq!(Date::new(2020, 7, 1)?.previous_day(), Some(Date::new(2020, 6, 30)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn previous_day(self) -> Option<Date> {
        let (y, m, d) = (self.year(), self.month(), self.day());
        if d > 1 {
            Some(Date::from_parts(y, m, d - 1))
        } else if m > 1 {
            Some(Date::from_parts(y, m - 1, days_in_month(y, m - 1)))
        } else if y > 1 {
            Some(Date::from_parts(y - 1, 12, 31))
        } else {
            None
        }
    }
}

impl Date {
    /// The same day `months` calendar months later, the day of the month cut to the last of that
    /// month (31 January plus one month is 28 or 29 February); `None` past [`Date::MAX`].
    ///
    /// ```
    /// use bevoegd::Date;
    /// assert_eq!(Date::new(2025, 3, 13)?.plus_months(24), Some(Date::new(2027, 3, 13)?));
    /// assert_eq!(Date::new(2024, 1, 31)?.plus_months(1), Some(Date::new(2024, 2, 29)?));
    /// assert_eq!(Date::new(9999, 12, 1)?.plus_months(1), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn plus_months(self, months: u32) -> Option<Date> {
        let total = (self.year() as u32) * 12 + (self.month() as u32 - 1) + months;
        let year = total / 12;
        if year > 9999 {
            return None;
        }
        let (year, month) = (year as u16, (total % 12) as u8 + 1);
        let last = days_in_month(year, month);
        let day = if self.day() > last { last } else { self.day() };
        Some(Date::from_parts(year, month, day))
    }
}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The ISO 8601 text, `YYYY-MM-DD`, as bytes: dates are written on every answer, and this
    /// skips the formatting machinery.
    #[allow(clippy::indexing_slicing, reason = "constant indices into a ten-byte array")]
    const fn iso_bytes(self) -> [u8; 10] {
        const fn digit(n: u16) -> u8 {
            b'0' + (n % 10) as u8
        }
        let (y, m, d) = (self.year(), self.month() as u16, self.day() as u16);
        let mut b = *b"0000-00-00";
        b[0] = digit(y / 1000);
        b[1] = digit(y / 100);
        b[2] = digit(y / 10);
        b[3] = digit(y);
        b[5] = digit(m / 10);
        b[6] = digit(m);
        b[8] = digit(d / 10);
        b[9] = digit(d);
        b
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.iso_bytes();
        // Always ASCII digits and dashes.
        f.write_str(std::str::from_utf8(&bytes).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let malformed = || DateError::Malformed { input: quoted(s) };
        let b = s.as_bytes();
        let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *b else {
            return Err(malformed());
        };
        let digit = |c: u8| if c.is_ascii_digit() { Ok(u16::from(c - b'0')) } else { Err(malformed()) };
        let year = digit(y0)? * 1000 + digit(y1)? * 100 + digit(y2)? * 10 + digit(y3)?;
        let month = digit(m0)? * 10 + digit(m1)?;
        let day = digit(d0)? * 10 + digit(d1)?;
        // Both fit in a u8: two decimal digits are at most 99.
        Date::new(year, month as u8, day as u8)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let bytes = self.iso_bytes();
        s.serialize_str(std::str::from_utf8(&bytes).map_err(serde::ser::Error::custom)?)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        crate::types::de::parse_str(d, str::parse)
    }
}

/// A run of days, both ends included; an open end (`until: None`) runs on indefinitely.
///
/// Law texts name their periods this way ("from 2012-01-01 up to and including 2018-08-31"), so
/// the table reads like its sources. The only way in is [`Period::new`] (or parsing), which rejects
/// a period that ends before it starts.
///
/// ```
/// use bevoegd::{Date, Period};
///
/// let experiment = Period::new(Date::new(2014, 1, 1)?, Some(Date::new(2020, 6, 30)?))?;
/// assert!(experiment.contains(Date::new(2020, 6, 30)?));
/// assert!(!experiment.contains(Date::new(2020, 7, 1)?));
/// assert!(Period::new(Date::new(2020, 1, 2)?, Some(Date::new(2020, 1, 1)?)).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "PeriodRepr")]
pub struct Period {
    from: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<Date>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodRepr {
    from: Date,
    #[serde(default)]
    until: Option<Date>,
}

impl TryFrom<PeriodRepr> for Period {
    type Error = DateError;
    fn try_from(r: PeriodRepr) -> Result<Period, DateError> {
        Period::new(r.from, r.until)
    }
}

impl Period {
    /// A period from `from` up to and including `until` (open-ended when `None`).
    ///
    /// # Errors
    ///
    /// [`DateError::EndsBeforeStart`] when `until` is before `from`.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{Date, Period};
    ///
    /// let p = Period::new(Date::new(2020, 7, 1)?, Some(Date::new(2025, 6, 30)?))?;
    /// assert!(p.contains(Date::new(2025, 6, 30)?) && !p.contains(Date::new(2025, 7, 1)?));
    /// assert!(Period::new(Date::new(2020, 7, 1)?, Some(Date::new(2020, 6, 30)?)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(from: Date, until: Option<Date>) -> Result<Period, DateError> {
        if let Some(u) = until
            && u.0 < from.0
        {
            return Err(DateError::EndsBeforeStart { from, until: u });
        }
        Ok(Period { from, until })
    }

    /// An open-ended period starting on `from`.
    pub const fn starting(from: Date) -> Period {
        Period { from, until: None }
    }

    /// For the law table's constants: the caller guarantees `from <= until`. A test checks every
    /// row's period through [`Period::new`].
    pub(crate) const fn between(from: Date, until: Date) -> Period {
        Period { from, until: Some(until) }
    }

    /// The first day.
    pub const fn from(self) -> Date {
        self.from
    }

    /// The last day, if the period ends.
    pub const fn until(self) -> Option<Date> {
        self.until
    }

    /// Whether `date` falls inside the period.
    #[inline]
    pub const fn contains(self, date: Date) -> bool {
        date.0 >= self.from.0
            && match self.until {
                Some(u) => date.0 <= u.0,
                None => true,
            }
    }

    /// Whether the two periods share at least one day.
    pub const fn overlaps(self, other: Period) -> bool {
        let self_ends_before = match self.until {
            Some(u) => u.0 < other.from.0,
            None => false,
        };
        let other_ends_before = match other.until {
            Some(u) => u.0 < self.from.0,
            None => false,
        };
        !self_ends_before && !other_ends_before
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.until {
            Some(u) => write!(f, "{} to {}", self.from, u),
            None => write!(f, "from {}", self.from),
        }
    }
}

/// `const` date for the law table; a test re-checks each one through [`Date::new`].
/// A date literal for the law table, `ymd!(2020 - 7 - 1)`, checked when the crate compiles:
/// `ymd!(2021 - 2 - 30)` is a build error, never a wrong day.
macro_rules! ymd {
    ($y:literal - $m:literal - $d:literal) => {
        const {
            match $crate::types::date::Date::checked($y, $m, $d) {
                Some(date) => date,
                #[allow(clippy::panic, reason = "in a const block: a bad literal fails the build, never a run")]
                None => panic!(concat!("no such day: ", stringify!($y), "-", stringify!($m), "-", stringify!($d))),
            }
        }
    };
}
pub(crate) use ymd;

/// A date or period that does not exist.
///
/// # Example
///
/// ```
/// use bevoegd::Date;
///
/// let e = "2021-02-30".parse::<Date>().unwrap_err();
/// assert_eq!(e.to_string(), "day `2021-02-30` does not exist");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Error)]
#[non_exhaustive]
pub enum DateError {
    /// The text is not `YYYY-MM-DD`.
    #[error("date `{input}` is not of the form YYYY-MM-DD")]
    Malformed {
        /// The text as given.
        input: String,
    },
    /// Year 0 or above 9999.
    #[error("year `{year}` is outside 1..=9999")]
    YearOutOfRange {
        /// The year as given.
        year: u16,
    },
    /// Month 0 or above 12.
    #[error("month `{month}` does not exist")]
    NoSuchMonth {
        /// The month as given.
        month: u8,
    },
    /// A day the month does not have.
    #[error("day `{year:04}-{month:02}-{day:02}` does not exist")]
    NoSuchDay {
        /// The year.
        year: u16,
        /// The month.
        month: u8,
        /// The day as given.
        day: u8,
    },
    /// A date of another calendar crate whose year is outside 1..=9999 (negative, zero or larger
    /// than a `u16`), so it cannot be a [`Date`].
    #[error("year `{year}` is outside 1..=9999")]
    YearNotRepresentable {
        /// The year as given.
        year: i32,
    },
    /// A period whose last day is before its first.
    #[error("period ends on `{until}`, before it starts on `{from}`")]
    EndsBeforeStart {
        /// The first day.
        from: Date,
        /// The last day, before `from`.
        until: Date,
    },
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]
    use super::*;

    #[test]
    fn text_form_is_zero_padded_iso_for_every_year_and_day() {
        let years = (1..=9999).filter(|y| y % 97 == 0 || [1, 9, 10, 99, 100, 999, 1000, 2024, 9999].contains(y));
        for year in years {
            for month in 1..=12 {
                for day in 1..=days_in_month(year, month) {
                    let date = Date::new(year, month, day).unwrap();
                    let text = format!("{year:04}-{month:02}-{day:02}");
                    assert_eq!(date.to_string(), text);
                    assert_eq!(serde_json::to_string(&date).unwrap(), format!("\"{text}\""));
                    assert_eq!(text.parse::<Date>().unwrap(), date);
                }
            }
        }
    }

    #[test]
    fn parse_rejects_every_malformed_shape() {
        for bad in ["", "2020-1-01", "2020-01-1", "20200101", "2020/01/01", "+020-01-01", "2020-01-01 ", "２020-01-01"]
        {
            assert_eq!(bad.parse::<Date>(), Err(DateError::Malformed { input: bad.to_owned() }), "{bad}");
        }
        assert_eq!("2019-02-29".parse::<Date>(), Err(DateError::NoSuchDay { year: 2019, month: 2, day: 29 }));
        assert_eq!("2019-13-01".parse::<Date>(), Err(DateError::NoSuchMonth { month: 13 }));
        assert_eq!("0000-01-01".parse::<Date>(), Err(DateError::YearOutOfRange { year: 0 }));
    }

    #[test]
    fn every_day_of_a_leap_cycle_round_trips_and_steps() -> Result<(), DateError> {
        let mut d = Date::new(1999, 12, 31)?;
        let mut count = 0;
        while d < Date::new(2004, 1, 1)? {
            let next = d.next_day().ok_or(DateError::YearOutOfRange { year: 10_000 })?;
            assert!(next > d);
            assert_eq!(next.previous_day(), Some(d));
            assert_eq!(d.to_string().parse::<Date>()?, d);
            d = next;
            count += 1;
        }
        assert_eq!(count, 1 + 366 + 365 + 365 + 365);
        assert_eq!(Date::MAX.next_day(), None);
        assert_eq!(Date::MIN.previous_day(), None);
        Ok(())
    }

    #[test]
    fn overlap_is_symmetric_and_inclusive() -> Result<(), DateError> {
        let a = Period::new(Date::new(2020, 1, 1)?, Some(Date::new(2020, 1, 31)?))?;
        let b = Period::starting(Date::new(2020, 1, 31)?);
        let c = Period::new(Date::new(2020, 2, 1)?, Some(Date::new(2020, 2, 2)?))?;
        assert!(a.overlaps(b) && b.overlaps(a));
        assert!(!a.overlaps(c) && !c.overlaps(a));
        assert!(b.overlaps(c));
        Ok(())
    }
}
