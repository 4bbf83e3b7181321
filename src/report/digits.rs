//! Grouping digits, the one place it is done: `$134,107`, `3,503,020`. Free of the rest of the
//! crate, so that `build.rs` can word a built-in catalog's problems the same way.

/// `134107` → `$134,107`.
pub fn dollars(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    if value < 0 {
        out.push('-');
    }
    out.push('$');
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// `3503020` → `3,503,020`.
pub fn count(value: i64) -> String {
    dollars(value).replacen('$', "", 1)
}

/// `29.05` → `$29.05`, `1234.5` → `$1,234.50`: an hourly wage, to the cent.
pub fn dollars_cents(value: f64) -> String {
    let cents = (value * 100.0).round() as i64;
    let whole = dollars(cents / 100);
    format!("{whole}.{:02}", (cents % 100).abs())
}
