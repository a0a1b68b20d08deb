//! Quoting bad values in error messages.

/// The longest part of a bad value an error quotes, in characters; the rest is cut with `…`, so a
/// huge bad value never returns whole in a message.
pub const QUOTE_MAX: usize = 64;

/// `input`, cut to [`QUOTE_MAX`] characters.
pub(crate) fn quoted(input: &str) -> String {
    if input.chars().count() <= QUOTE_MAX {
        input.to_owned()
    } else {
        let mut s: String = input.chars().take(QUOTE_MAX).collect();
        s.push('…');
        s
    }
}
