//! Receiving webhooks: checking the signature header ([`SIGNATURE_HEADER`]) of a delivery and
//! decoding the event it carries.
//!
//! Every delivery is a `POST` whose raw body is an [`Event`] in JSON and whose signature header
//! reads `t=<unix seconds>,<scheme>=<hex>`, the scheme being [`SCHEME`]: the hex-encoded
//! HMAC-SHA256 of `<t>.<raw body>`, keyed with the endpoint's signing secret (the whole string,
//! prefix included). [`construct_event`] checks all of that and returns the event; the crate's
//! top-level documentation has an example.
//!
//! Pass the body exactly as received: re-serialized JSON does not carry the same signature.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The name of the HTTP header that carries the signature.
pub const SIGNATURE_HEADER: &str = crate::config::WEBHOOK_SIGNATURE_HEADER;

/// The signature scheme this module checks; entries with other schemes are ignored.
pub const SCHEME: &str = crate::config::WEBHOOK_SCHEME;

/// How far the header's timestamp may be from the current time, in either direction, by default,
/// to limit replays of captured deliveries.
pub const DEFAULT_TOLERANCE: Duration =
    Duration::from_secs(crate::config::WEBHOOK_TOLERANCE_SECONDS);

/// Why a delivery was rejected. Never contains the signing secret.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// The signature header is missing or empty.
    MissingHeader,
    /// The signature header cannot be read: `reason` says what is wrong with it.
    MalformedHeader {
        /// What is wrong with the header (no timestamp, a timestamp that is not a number, ...).
        reason: String,
    },
    /// The header has a timestamp but no [`SCHEME`] signature.
    NoSignature,
    /// The header's timestamp is older than the tolerance allows (a late or replayed delivery).
    TimestampTooOld {
        /// The header's timestamp (Unix seconds).
        timestamp: i64,
        /// The time the delivery was checked at (Unix seconds).
        now: i64,
        /// The tolerance it was checked with.
        tolerance: Duration,
    },
    /// The header's timestamp is further in the future than the tolerance allows.
    TimestampInFuture {
        /// The header's timestamp (Unix seconds).
        timestamp: i64,
        /// The time the delivery was checked at (Unix seconds).
        now: i64,
        /// The tolerance it was checked with.
        tolerance: Duration,
    },
    /// No [`SCHEME`] signature matches the body: the body was changed, or the secret is not this
    /// endpoint's.
    SignatureMismatch,
    /// The signature is valid but the body is not an event.
    InvalidPayload {
        /// Where in the body decoding failed (`data.object`), empty at the top level.
        path: String,
        /// What went wrong there.
        message: String,
    },
    /// [`Event::object()`] could not decode `data.object` into the type the event's type
    /// carries, or [`Event::data_object`] into the requested type.
    InvalidObject {
        /// Where in `data.object` decoding failed (`evidence.customer_name`).
        path: String,
        /// What went wrong there.
        message: String,
    },
}

impl std::fmt::Display for WebhookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::MissingHeader => write!(f, "the {SIGNATURE_HEADER} header is missing or empty"),
            Self::MalformedHeader { reason } => write!(f, "the {SIGNATURE_HEADER} header is malformed: {reason}"),
            Self::NoSignature => write!(f, "the {SIGNATURE_HEADER} header has no {SCHEME} signature"),
            Self::TimestampTooOld { timestamp, now, tolerance } => write!(
                f,
                "the {SIGNATURE_HEADER} timestamp {timestamp} is {}s before the current time {now}, more than the tolerance of {}s",
                i128::from(*now) - i128::from(*timestamp),
                tolerance.as_secs()
            ),
            Self::TimestampInFuture { timestamp, now, tolerance } => write!(
                f,
                "the {SIGNATURE_HEADER} timestamp {timestamp} is {}s after the current time {now}, more than the tolerance of {}s",
                i128::from(*timestamp) - i128::from(*now),
                tolerance.as_secs()
            ),
            Self::SignatureMismatch => write!(f, "no {SCHEME} signature in the {SIGNATURE_HEADER} header matches the payload and secret"),
            Self::InvalidPayload { path, message } if path.is_empty() || path == "." => write!(f, "the payload is not an event: {message}"),
            Self::InvalidPayload { path, message } => write!(f, "the payload is not an event: at `{path}`: {message}"),
            Self::InvalidObject { path, message } if path.is_empty() || path == "." => write!(f, "cannot decode the event's data.object: {message}"),
            Self::InvalidObject { path, message } => write!(f, "cannot decode the event's data.object: at `{path}`: {message}"),
        }
    }
}

impl std::error::Error for WebhookError {}

/// Checks the signature and timestamp of a delivery and decodes its body into an [`Event`].
///
/// - `payload`: the raw request body, byte for byte as received.
/// - `signature_header`: the value of the [`SIGNATURE_HEADER`] header (`""` when absent).
/// - `secret`: the endpoint's signing secret, prefix included.
/// - `tolerance`: how far the header's timestamp may be from now, in either direction
///   ([`DEFAULT_TOLERANCE`] by default).
///
/// The header may carry several [`SCHEME`] signatures (while a secret is being rolled); one match is
/// enough. Signatures are compared in constant time.
pub fn construct_event(
    payload: &[u8],
    signature_header: &str,
    secret: &str,
    tolerance: Duration,
) -> Result<Event, WebhookError> {
    construct_event_at(payload, signature_header, secret, tolerance, unix_now())
}

/// [`construct_event`] as if the current time were `now` (Unix seconds), for tests and replays.
pub fn construct_event_at(
    payload: &[u8],
    signature_header: &str,
    secret: &str,
    tolerance: Duration,
    now: i64,
) -> Result<Event, WebhookError> {
    verify_signature_at(payload, signature_header, secret, tolerance, now)?;
    Event::from_slice(payload)
}

/// Checks the signature and timestamp of a delivery without decoding its body.
///
/// See [`construct_event`] for the arguments.
pub fn verify_signature(
    payload: &[u8],
    signature_header: &str,
    secret: &str,
    tolerance: Duration,
) -> Result<(), WebhookError> {
    verify_signature_at(payload, signature_header, secret, tolerance, unix_now())
}

/// [`verify_signature`] as if the current time were `now` (Unix seconds).
pub fn verify_signature_at(
    payload: &[u8],
    signature_header: &str,
    secret: &str,
    tolerance: Duration,
    now: i64,
) -> Result<(), WebhookError> {
    let header = parse_header(signature_header)?;
    let Some(mac) = keyed_mac(secret, header.timestamp_text, payload) else {
        return Err(WebhookError::SignatureMismatch);
    };
    // Hex-decoding a candidate is not secret-dependent; the comparison itself is constant time.
    let matches = header
        .signatures
        .iter()
        .filter_map(|hex_signature| hex::decode(hex_signature).ok())
        .fold(false, |found, candidate| {
            mac.clone().verify_slice(&candidate).is_ok() | found
        });
    if !matches {
        return Err(WebhookError::SignatureMismatch);
    }
    let difference = i128::from(now) - i128::from(header.timestamp);
    let tolerance_secs = i128::from(tolerance.as_secs());
    if difference > tolerance_secs {
        return Err(WebhookError::TimestampTooOld {
            timestamp: header.timestamp,
            now,
            tolerance,
        });
    }
    if -difference > tolerance_secs {
        return Err(WebhookError::TimestampInFuture {
            timestamp: header.timestamp,
            now,
            tolerance,
        });
    }
    Ok(())
}

/// A [`SIGNATURE_HEADER`] header value for `payload` signed with `secret` at `timestamp`
/// (`SystemTime::now()`, or any moment; sent as whole Unix seconds):
/// `t=<seconds>,<scheme>=<hex>`. For testing your own webhook endpoint.
pub fn signature_header(payload: &[u8], secret: &str, timestamp: std::time::SystemTime) -> String {
    let timestamp_text = crate::timestamps::unix_seconds(timestamp).to_string();
    let signature = keyed_mac(secret, &timestamp_text, payload)
        .map(|mac| hex::encode(mac.finalize().into_bytes()))
        .unwrap_or_default();
    format!("t={timestamp_text},{SCHEME}={signature}")
}

/// HMAC-SHA256 keyed with `secret` over `<t>.<payload>`; `None` never happens in practice (HMAC
/// accepts keys of any length) but is not a panic either.
fn keyed_mac(secret: &str, timestamp_text: &str, payload: &[u8]) -> Option<Hmac<Sha256>> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()).ok()?;
    mac.update(timestamp_text.as_bytes());
    mac.update(b".");
    mac.update(payload);
    Some(mac)
}

fn unix_now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_secs())
            .map(|s| -s)
            .unwrap_or(i64::MIN),
    }
}

struct ParsedHeader<'a> {
    timestamp: i64,
    timestamp_text: &'a str,
    signatures: Vec<&'a str>,
}

fn malformed(reason: impl Into<String>) -> WebhookError {
    WebhookError::MalformedHeader {
        reason: reason.into(),
    }
}

fn parse_header(header: &str) -> Result<ParsedHeader<'_>, WebhookError> {
    let header = header.trim();
    if header.is_empty() {
        return Err(WebhookError::MissingHeader);
    }
    let mut timestamp: Option<(i64, &str)> = None;
    let mut signatures = Vec::new();
    for item in header.split(',') {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        let Some((key, value)) = item.split_once('=') else {
            return Err(malformed("an entry is not `key=value`"));
        };
        let (key, value) = (key.trim(), value.trim());
        match key {
            "t" => {
                if timestamp.is_some() {
                    return Err(malformed("more than one timestamp `t`"));
                }
                if value.is_empty()
                    || value.len() > 18
                    || !value.bytes().all(|b| b.is_ascii_digit())
                {
                    return Err(malformed("the timestamp `t` is not a number of seconds"));
                }
                let seconds = value
                    .parse::<i64>()
                    .map_err(|_| malformed("the timestamp `t` is not a number of seconds"))?;
                timestamp = Some((seconds, value));
            }
            SCHEME => signatures.push(value),
            // Other schemes (`v0`, test schemes) and unknown keys are ignored.
            _ => {}
        }
    }
    let Some((timestamp, timestamp_text)) = timestamp else {
        return Err(malformed("no timestamp `t`"));
    };
    if signatures.is_empty() {
        return Err(WebhookError::NoSignature);
    }
    Ok(ParsedHeader {
        timestamp,
        timestamp_text,
        signatures,
    })
}

/// A webhook event: something happened to an object of the account.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// Unique identifier of the event; deliveries of the same event share it, so use it to skip
    /// duplicates.
    pub id: String,
    /// `"event"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The API version the event's object is rendered with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// When the event happened, since the Unix epoch (in the API's unit: seconds or
    /// milliseconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// What happened (its type, as [`EventType`]).
    #[serde(rename = "type")]
    pub type_: EventType,
    /// The object the event is about.
    // `flatten` below buffers the event; this puts `data` back under strict decoding.
    #[serde(deserialize_with = "crate::strict::deserialize")]
    pub data: EventData,
    /// Whether the event happened in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// How many deliveries of this event have not succeeded yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_webhooks: Option<i64>,
    /// The API request that caused the event, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<serde_json::Value>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

/// The `data` of an [`Event`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventData {
    /// The object as it is after the event; decode it with [`Event::object()`] (the type its
    /// event type carries) or [`Event::data_object`] (a type of your choice).
    pub object: serde_json::Value,
    /// For `*.updated` events, the fields that changed, with their values before the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl Event {
    /// Decodes an event from JSON without checking any signature (for events fetched from the API
    /// or stored earlier); use [`construct_event`] for deliveries.
    pub fn from_slice(json: &[u8]) -> Result<Self, WebhookError> {
        let mut deserializer = serde_json::Deserializer::from_slice(json);
        let event: Event = serde_path_to_error::deserialize(crate::strict::Strict(
            &mut deserializer,
        ))
        .map_err(|e| WebhookError::InvalidPayload {
            path: e.path().to_string(),
            message: e.into_inner().to_string(),
        })?;
        deserializer
            .end()
            .map_err(|e| WebhookError::InvalidPayload {
                path: String::new(),
                message: e.to_string(),
            })?;
        match event.object.as_deref() {
            None | Some("event") => Ok(event),
            Some(other) => Err(WebhookError::InvalidPayload {
                path: "object".into(),
                message: format!("expected \"event\", found {other:?}"),
            }),
        }
    }

    /// Decodes `data.object` into a type of this crate or any other type that implements
    /// `Deserialize`, strictly (an object type needs a JSON object, at every depth).
    ///
    /// [`Event::object()`] picks the type from the event's type; this is for any other choice.
    pub fn data_object<T: serde::de::DeserializeOwned>(&self) -> Result<T, WebhookError> {
        crate::strict::from_value_ref(&self.data.object).map_err(|e| WebhookError::InvalidObject {
            path: e.path().to_string(),
            message: e.into_inner().to_string(),
        })
    }

    /// `data.previous_attributes`, for `*.updated` events.
    pub fn previous_attributes(&self) -> Option<&serde_json::Map<String, serde_json::Value>> {
        self.data.previous_attributes.as_ref()
    }
}

macro_rules! event_types {
    ($( $(#[$doc:meta])* $variant:ident => $wire:literal, )*) => {
        /// The `type` of an [`Event`]: what happened. Types this version of the crate does not list
        /// are kept in [`EventType::Unknown`] and serialize back unchanged.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum EventType {
            $( $(#[$doc])* $variant, )*
            /// A type this version of the crate does not list, kept as sent.
            Unknown(String),
        }

        impl EventType {
            /// The type as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )*
                    Self::Unknown(other) => other.as_str(),
                }
            }
        }

        impl From<&str> for EventType {
            fn from(value: &str) -> Self {
                match value {
                    $( $wire => Self::$variant, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }
    };
}

macro_rules! event_objects {
    ($(
        $(#[doc = $doc:literal])*
        $(#[cfg($gate:meta)])?
        $variant:ident($ty:ty) = $($wire:literal)|+,
    )*) => {
        /// The `data.object` of an [`Event`], decoded into the type its event type carries:
        /// what [`Event::object()`] returns.
        ///
        /// There is one variant per object type; the variants' docs list the event types that
        /// carry each. An object type the crate's cargo features leave out has no variant in that
        /// build (its events' objects are [`EventObject::Unknown`] there), like the type itself.
        #[derive(Debug, Clone)]
        #[cfg_attr(feature = "partial_eq", derive(PartialEq))]
        #[allow(clippy::large_enum_variant)]
        #[non_exhaustive]
        pub enum EventObject {
            $(
                $(#[doc = $doc])*
                $(#[cfg($gate)])?
                $variant($ty),
            )*
            /// The object of an event type this crate does not list, of a listed type that names
            /// no object type, or of one whose object type this build leaves out: the JSON as
            /// sent.
            Unknown(serde_json::Value),
        }

        impl Event {
            /// `data.object` decoded into the type the event's type carries, strictly, like
            /// [`Event::data_object`].
            ///
            /// An object that does not decode into its event type's object type is an
            /// [`WebhookError::InvalidObject`] naming the field, never an `Unknown`. Other
            /// events give [`EventObject::Unknown`] with the object as sent: event types this
            /// crate does not list, listed types without an object type, and object types this
            /// build's cargo features leave out.
            ///
            /// Not to be confused with the event's own `object` field, which is `"event"`.
            #[allow(clippy::match_single_binding)]
            pub fn object(&self) -> Result<EventObject, WebhookError> {
                match self.type_.as_str() {
                    $(
                        $(#[cfg($gate)])?
                        $($wire)|+ => self.data_object().map(EventObject::$variant),
                    )*
                    _ => Ok(EventObject::Unknown(self.data.object.clone())),
                }
            }
        }
    };
}

// The API's event types and the objects they carry: `event_types!` and `event_objects!` calls
// the generator writes (`webhooks/events.rs`), after the macros above.
mod events;
pub use events::{EventObject, EventType};

impl From<String> for EventType {
    fn from(value: String) -> Self {
        match EventType::from(value.as_str()) {
            EventType::Unknown(_) => EventType::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for EventType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EventType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value =
            <std::borrow::Cow<'de, str> as serde::Deserialize<'de>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
