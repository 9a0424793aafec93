//! Unit tests of `sse.rs` (the runtime crate only; not copied into generated crates).

#![allow(unused_imports)]

use crate::sse::*;
use crate::{DecodeError, Error};
use serde::de::DeserializeOwned;
use std::collections::VecDeque;
use std::marker::PhantomData;
use std::time::Duration;

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
    let err = decode::<serde_json::Value>(&raw("{\"a\": broken"), false, 200, &None).unwrap_err();
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
            .write_all(
                b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n",
            )
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
