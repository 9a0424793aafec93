// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
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
        let request_id = ["request-id", "x-request-id"].iter().find_map(|h| {
            response
                .headers()
                .get(*h)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        });
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
fn decode<T: DeserializeOwned>(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_in_pieces(text: &[u8], piece: usize) -> Vec<RawEvent> {
        let mut parser = SseParser::new(1024);
        let mut events = Vec::new();
        for chunk in text.chunks(piece) {
            events.extend(parser.feed(chunk).expect("valid stream"));
        }
        events
    }

    #[test]
    fn the_wire_format_parses_however_it_is_split() {
        let text = b"\xEF\xBB\xBF: comment\r\nevent: delta\r\ndata: {\"a\":1}\r\nid: 7\r\n\r\ndata: one\rdata:two\r\rretry: 1500\ndata\nunknown: x\n\ndata: tail-without-blank-line";
        let expected = vec![
            RawEvent {
                event: "delta".into(),
                data: "{\"a\":1}".into(),
                id: Some("7".into()),
                retry: None,
            },
            RawEvent {
                event: "message".into(),
                data: "one\ntwo".into(),
                id: Some("7".into()),
                retry: None,
            },
            RawEvent {
                event: "message".into(),
                data: "".into(),
                id: Some("7".into()),
                retry: Some(Duration::from_millis(1500)),
            },
        ];
        for piece in [1, 2, 3, 5, 7, 64, text.len()] {
            assert_eq!(parse_in_pieces(text, piece), expected, "pieces of {piece}");
        }
    }

    #[test]
    fn oversized_lines_and_events_are_refused() {
        let mut parser = SseParser::new(16);
        assert!(parser.feed(&[b'x'; 40]).is_err());
        let mut parser = SseParser::new(16);
        let err = parser
            .feed(b"data: 0123456789\ndata: 0123456789\n")
            .expect_err("too large");
        assert!(err.0.contains("larger than 16 bytes"), "{err:?}");
    }

    #[test]
    fn data_decodes_as_json_or_as_text_and_done_ends() {
        let raw = |data: &str| RawEvent {
            event: "message".into(),
            data: data.into(),
            id: None,
            retry: None,
        };
        let event = decode::<serde_json::Value>(&raw("{\"a\":1}"), false, 200, &None)
            .unwrap()
            .unwrap();
        assert_eq!(event.data, serde_json::json!({"a": 1}));
        let text = decode::<String>(&raw("plain words"), true, 200, &None)
            .unwrap()
            .unwrap();
        assert_eq!(text.data, "plain words");
        let quoted = decode::<String>(&raw("\"quoted\""), true, 200, &None)
            .unwrap()
            .unwrap();
        assert_eq!(quoted.data, "quoted");
        // JSON data that does not parse is an error, even for a type that takes any value
        // (a union's catch-all): it is not taken as a string.
        let err =
            decode::<serde_json::Value>(&raw("{\"a\": broken"), false, 200, &None).unwrap_err();
        assert!(err.to_string().contains("event `message` data"), "{err}");
        assert!(
            decode::<serde_json::Value>(&raw("[DONE]"), false, 200, &None)
                .unwrap()
                .is_none()
        );
        #[derive(Debug, serde::Deserialize)]
        struct Delta {
            #[allow(dead_code)]
            a: i32,
        }
        assert!(decode::<Delta>(&raw("[DONE]"), false, 200, &None)
            .unwrap()
            .is_none());
        let err = decode::<Delta>(&raw("{\"a\":\"x\"}"), false, 200, &None).unwrap_err();
        assert!(err.to_string().contains("event `message` data"), "{err}");
        // An object type needs a JSON object (serde alone takes `[1]` as a `Delta`).
        let err = decode::<Delta>(&raw("[1]"), false, 200, &None).unwrap_err();
        assert!(err.to_string().contains("invalid type"), "{err}");
    }

    /// A real server on 127.0.0.1 sends events in small pieces with pauses; the stream yields
    /// each event as soon as it is complete, typed.
    #[tokio::test]
    async fn events_stream_from_a_real_server() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let first_seen = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let seen_by_server = first_seen.clone();
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut request = vec![0u8; 4096];
            let _ = socket.read(&mut request).await.unwrap();
            socket
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n")
                .await
                .unwrap();
            for piece in [&b"event: delta\nda"[..], b"ta: {\"n\":1}\n", b"\n"] {
                socket.write_all(piece).await.unwrap();
                socket.flush().await.unwrap();
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            // The client has the first event before the second is even sent.
            while !seen_by_server.load(std::sync::atomic::Ordering::SeqCst) {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            socket
                .write_all(b": keep-alive\n\nid: 2\ndata: {\"n\":2}\n\ndata: [DONE]\n\n")
                .await
                .unwrap();
        });
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Delta {
            n: i32,
        }
        // A stream outlives the client's attempt timeout (the events take over 60 ms).
        let client = crate::client::ClientBuilder::new(Vec::new(), &format!("http://{address}"))
            .timeout(Duration::from_millis(30))
            .build()
            .unwrap();
        let request = crate::client::ApiRequest::new(reqwest::Method::GET, "/events".into());
        let response = client
            .send_streaming(request, &crate::client::RequestOptions::default())
            .await
            .unwrap();
        let mut events = EventStream::<Delta>::new(response);
        let first = events.next().await.unwrap().unwrap();
        assert_eq!((first.event.as_str(), first.data.n), ("delta", 1));
        first_seen.store(true, std::sync::atomic::Ordering::SeqCst);
        let second = events.next().await.unwrap().unwrap();
        assert_eq!((second.data.n, second.id.as_deref()), (2, Some("2")));
        assert!(events.next().await.is_none());
        server.await.unwrap();
    }
}
