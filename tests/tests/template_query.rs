//! A query string written into a path template (`/weather/current?lat={lat}&lon={lon}&units=metric`
//! in `generator/tests/fixtures/unions_and_shapes.yaml`, compiled as the `pets` crate) is sent as
//! a query: the placeholders are parameters of the operation, the constant pair goes out on every
//! call, and the path is only the path. Before, the whole template was one percent-encoded path
//! (`/weather/current%3Flat=48.85&lon=...`). The request line is read from a raw TCP server.

use std::io::{Read, Write};
use std::net::TcpListener;

use pets::types::RetrieveCurrentWeather;

/// Serves one request on 127.0.0.1 and returns its request line and header lines.
fn one_request() -> (String, std::thread::JoinHandle<Vec<String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let url = format!("http://{}", listener.local_addr().expect("has an address"));
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accepts");
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            if stream.read(&mut byte).expect("reads") == 0 {
                break;
            }
            head.push(byte[0]);
        }
        let body = br#"{"temp": 12.5}"#;
        let answer = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(answer.as_bytes()).expect("writes");
        stream.write_all(body).expect("writes");
        String::from_utf8_lossy(&head)
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    });
    (url, server)
}

#[tokio::test]
async fn a_query_string_in_the_path_template_goes_out_as_a_query() {
    let (url, server) = one_request();
    let client = pets::Client::builder()
        .base_url(url)
        .build()
        .expect("client builds");
    let params = RetrieveCurrentWeather {
        lat: 48.85,
        lon: 2.35,
    };
    let weather = client
        .weather()
        .retrieve_current(&params)
        .await
        .expect("the call succeeds");
    assert_eq!(weather.temp, Some(12.5));
    let lines = server.join().expect("the server ran");
    assert_eq!(
        lines[0],
        "GET /weather/current?lat=48.85&lon=2.35&units=metric HTTP/1.1"
    );
    // No body, so no Content-Type, though the spec declares the header.
    assert!(
        !lines
            .iter()
            .any(|l| l.to_ascii_lowercase().starts_with("content-type")),
        "{lines:#?}"
    );
}
