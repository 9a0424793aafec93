//! Reading the API's time fields as `SystemTime`s. Each time field's doc says what it counts:
//! Unix seconds or Unix milliseconds (some APIs mix them, seconds for one resource and
//! milliseconds for another).
//! `timestamps::from_unix_millis(object.created)` for a field in milliseconds,
//! `from_unix_seconds` for one in seconds; `unix_seconds(SystemTime::now())` the other way.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The moment `seconds` after (or, negative, before) 1970-01-01T00:00:00Z.
pub fn from_unix_seconds(seconds: i64) -> SystemTime {
    offset(Duration::from_secs(seconds.unsigned_abs()), seconds < 0)
}

/// The moment `millis` milliseconds after (or, negative, before) 1970-01-01T00:00:00Z.
pub fn from_unix_millis(millis: i64) -> SystemTime {
    offset(Duration::from_millis(millis.unsigned_abs()), millis < 0)
}

/// Whole Unix seconds of `time` (rounded toward the past; negative before 1970).
pub fn unix_seconds(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => {
            let before = before.duration();
            let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            if before.subsec_nanos() > 0 {
                -whole.saturating_add(1)
            } else {
                -whole
            }
        }
    }
}

/// The epoch moved by `by`, forwards or backwards; saturates at what the platform can hold.
fn offset(by: Duration, backwards: bool) -> SystemTime {
    let moved = if backwards {
        UNIX_EPOCH.checked_sub(by)
    } else {
        UNIX_EPOCH.checked_add(by)
    };
    moved.unwrap_or(UNIX_EPOCH)
}
