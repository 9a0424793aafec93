// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Server-sent events (`text/event-stream` responses): an incremental parser of the wire format
//! (WHATWG HTML, "Server-sent events") and a typed stream of events over a live response.

use std::collections::VecDeque;
use std::marker::PhantomData;
use std::time::Duration;

use serde::de::DeserializeOwned;

use crate::{DecodeError, Error};

/// Largest event (its `data` lines together) and longest line accepted, in bytes: a server
/// that never ends a line or an event cannot make the client buffer without bound.
pub const MAX_EVENT_BYTES: usize = 4 * 1024 * 1024;

/// One event as sent: its type, its data lines joined by `\n`, and the stream's last event ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEvent {
    /// The `event:` field, `message` when the server sent none.
    pub event: String,
    /// The `data:` lines, joined with `\n`.
    pub data: String,
    /// The last `id:` seen on the stream (it carries over to later events), if any.
    pub id: Option<String>,
    /// The reconnection time the server asked for with this event (`retry:`), if any.
    pub retry: Option<Duration>,
}

/// Why a stream could not be read as server-sent events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseError(pub String);

/// The incremental parser: feed it bytes as they arrive, take the complete events out.
/// Lines may end in `\n`, `\r\n` or `\r`, split anywhere across chunks (a `\r` at the end of
/// a chunk waits for the next byte); a leading byte-order mark is skipped; comments (`:`) and
/// unknown fields are ignored; an event without data is not dispatched.
#[derive(Debug, Default)]
pub struct SseParser {
    line: Vec<u8>,
    /// A `\r` ended the last line; a `\n` right after it belongs to the same line end.
    after_cr: bool,
    started: bool,
    event: String,
    data: String,
    has_data: bool,
    last_id: Option<String>,
    retry: Option<Duration>,
    max_bytes: usize,
}

impl SseParser {
    /// A parser that refuses lines and events longer than `max_bytes`.
    pub fn new(max_bytes: usize) -> Self {
        SseParser {
            max_bytes,
            ..SseParser::default()
        }
    }

    /// Reads `chunk` and returns the events it completed, in order.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<Vec<RawEvent>, SseError> {
        let mut events = Vec::new();
        let mut bytes = chunk;
        if !self.started {
            // The byte-order mark may itself arrive split; wait until 3 bytes are known.
            let mut head = std::mem::take(&mut self.line);
            head.extend_from_slice(bytes);
            if head.len() < 3 && b"\xEF\xBB\xBF".starts_with(&head) {
                self.line = head;
                return Ok(events);
            }
            self.started = true;
            let skip = if head.starts_with(b"\xEF\xBB\xBF") {
                3
            } else {
                0
            };
            let head = head[skip..].to_vec();
            return self.feed_lines(&head, events);
        }
        if self.after_cr && bytes.first() == Some(&b'\n') {
            bytes = &bytes[1..];
        }
        self.after_cr = false;
        let bytes = bytes.to_vec();
        events = self.feed_lines(&bytes, events)?;
        Ok(events)
    }

    fn feed_lines(
        &mut self,
        mut bytes: &[u8],
        mut events: Vec<RawEvent>,
    ) -> Result<Vec<RawEvent>, SseError> {
        while let Some(end) = bytes.iter().position(|b| *b == b'\n' || *b == b'\r') {
            self.take_part(&bytes[..end])?;
            let line = std::mem::take(&mut self.line);
            if let Some(event) = self.process_line(&line)? {
                events.push(event);
            }
            let mut next = end + 1;
            if bytes[end] == b'\r' {
                match bytes.get(next) {
                    Some(b'\n') => next += 1,
                    Some(_) => {}
                    None => self.after_cr = true,
                }
            }
            bytes = &bytes[next..];
        }
        self.take_part(bytes)?;
        Ok(events)
    }

    fn take_part(&mut self, part: &[u8]) -> Result<(), SseError> {
        if self.line.len() + part.len() > self.max_bytes {
            return Err(SseError(format!(
                "a line longer than {} bytes",
                self.max_bytes
            )));
        }
        self.line.extend_from_slice(part);
        Ok(())
    }

    fn process_line(&mut self, line: &[u8]) -> Result<Option<RawEvent>, SseError> {
        if line.is_empty() {
            return Ok(self.dispatch());
        }
        let line = String::from_utf8_lossy(line);
        if line.starts_with(':') {
            return Ok(None);
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line.as_ref(), ""),
        };
        match field {
            "event" => self.event = value.to_owned(),
            "data" => {
                if self.data.len() + value.len() + 1 > self.max_bytes {
                    return Err(SseError(format!(
                        "an event larger than {} bytes",
                        self.max_bytes
                    )));
                }
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            "id" if !value.contains('\0') => self.last_id = Some(value.to_owned()),
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                if let Ok(ms) = value.parse::<u64>() {
                    self.retry = Some(Duration::from_millis(ms));
                }
            }
            _ => {}
        }
        Ok(None)
    }

    fn dispatch(&mut self) -> Option<RawEvent> {
        let event = std::mem::take(&mut self.event);
        let retry = self.retry.take();
        if !self.has_data {
            self.data.clear();
            return None;
        }
        self.has_data = false;
        Some(RawEvent {
            event: if event.is_empty() {
                "message".to_owned()
            } else {
                event
            },
            data: std::mem::take(&mut self.data),
            id: self.last_id.clone(),
            retry,
        })
    }
}

/// One event of a typed stream: the event's `data` decoded as `T`.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    /// The `event:` field, `message` when the server sent none.
    pub event: String,
    /// The data: JSON decoded as `T`; for a text type, the data itself.
    pub data: T,
    /// The last event ID of the stream, if any (send it as `Last-Event-ID` to resume).
    pub id: Option<String>,
    /// The reconnection time the server asked for, if any.
    pub retry: Option<Duration>,
}

/// A live `text/event-stream` response read event by event, each decoded as `T`. Events are
/// read only as [`EventStream::next`] is called. The stream ends when the server closes it
/// (an unfinished last event is dropped, as the format says) or sends the `[DONE]` data line
/// that many streaming APIs end with (when it is not itself a `T`).
#[derive(Debug)]
pub struct EventStream<T> {
    response: Option<reqwest::Response>,
    status: u16,
    request_id: Option<String>,
    parser: SseParser,
    ready: VecDeque<RawEvent>,
    /// The data is text (a string schema, or none): taken as it is when it is not a JSON
    /// string. Otherwise it is JSON, and data that is not is an error.
    text: bool,
    _data: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> EventStream<T> {
    /// Reads `response` as server-sent events whose data is JSON, each decoded as `T`.
    #[allow(dead_code)] // Unused in crates whose API has no event stream.
    pub(crate) fn new(response: reqwest::Response) -> Self {
        Self::reading(response, false)
    }

    /// Reads `response` as server-sent events whose data is text: a JSON string decoded, any
    /// other data as it is.
    #[allow(dead_code)] // Unused in crates whose API has no text event stream.
    pub(crate) fn text(response: reqwest::Response) -> Self {
        Self::reading(response, true)
    }

    fn reading(response: reqwest::Response, text: bool) -> Self {
        let request_id = crate::client::request_id_of(response.headers());
        EventStream {
            status: response.status().as_u16(),
            request_id,
            response: Some(response),
            parser: SseParser::new(MAX_EVENT_BYTES),
            ready: VecDeque::new(),
            text,
            _data: PhantomData,
        }
    }

    /// The next event, `None` once the stream has ended. After an error the stream is over.
    pub async fn next(&mut self) -> Option<Result<Event<T>, Error>> {
        loop {
            if let Some(raw) = self.ready.pop_front() {
                return match decode::<T>(&raw, self.text, self.status, &self.request_id) {
                    Ok(Some(event)) => Some(Ok(event)),
                    Ok(None) => {
                        self.finish();
                        None
                    }
                    Err(e) => {
                        self.finish();
                        Some(Err(e))
                    }
                };
            }
            let response = self.response.as_mut()?;
            match response.chunk().await {
                Ok(Some(chunk)) => match self.parser.feed(&chunk) {
                    Ok(events) => self.ready.extend(events),
                    Err(SseError(message)) => {
                        self.finish();
                        return Some(Err(self.decode_error(message, String::new())));
                    }
                },
                Ok(None) => {
                    self.response = None;
                    return None;
                }
                Err(e) => {
                    self.finish();
                    return Some(Err(Error::Transport(e.without_url())));
                }
            }
        }
    }

    /// The remaining events as a `futures` stream.
    pub fn into_stream(self) -> impl futures_util::Stream<Item = Result<Event<T>, Error>>
    where
        T: 'static,
    {
        futures_util::stream::unfold(self, |mut events| async move {
            let item = events.next().await?;
            Some((item, events))
        })
    }

    fn finish(&mut self) {
        self.response = None;
        self.ready.clear();
    }

    fn decode_error(&self, message: String, body: String) -> Error {
        Error::Decode(Box::new(DecodeError {
            status: self.status,
            path: "event".into(),
            message,
            body,
            body_truncated: false,
            request_id: self.request_id.clone(),
        }))
    }
}

/// Decodes one event's data as `T`: as JSON, else (for `text` streams only) as the text
/// itself — a JSON type whose catch-all takes any value must not turn malformed data into an
/// event. `Ok(None)` for the `[DONE]` end marker.
pub(crate) fn decode<T: DeserializeOwned>(
    raw: &RawEvent,
    text: bool,
    status: u16,
    request_id: &Option<String>,
) -> Result<Option<Event<T>>, Error> {
    let data = match crate::strict::from_slice::<T>(raw.data.as_bytes()) {
        Ok(data) => data,
        Err(json_error) => {
            let as_text = if text {
                serde_json::from_value::<T>(serde_json::Value::String(raw.data.clone())).ok()
            } else {
                None
            };
            match as_text {
                Some(data) => data,
                None if raw.data.trim() == "[DONE]" => return Ok(None),
                None => {
                    return Err(Error::Decode(Box::new(DecodeError {
                        status,
                        path: format!("event `{}` data", raw.event),
                        message: json_error.to_string(),
                        body: raw.data.clone(),
                        body_truncated: false,
                        request_id: request_id.clone(),
                    })))
                }
            }
        }
    };
    Ok(Some(Event {
        event: raw.event.clone(),
        data,
        id: raw.id.clone(),
        retry: raw.retry,
    }))
}
