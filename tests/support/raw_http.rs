//! A minimal HTTP/1.1 server on 127.0.0.1 that records every request exactly as it arrived
//! (request line byte for byte, headers, body) and answers each with the same canned response.
//!
//! Unlike wiremock it does not parse or normalize the request target, so tests can see the
//! exact path a client put on the wire.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One request as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRequest {
    /// The request line without its CRLF, e.g. `GET /v1/disputes/dp_1 HTTP/1.1`.
    pub request_line: String,
    /// Header names (lowercased) and values, in the order received.
    pub headers: Vec<(String, String)>,
    /// The body (read according to `Content-Length`).
    pub body: Vec<u8>,
}

impl RawRequest {
    /// The request target (path and query) exactly as sent.
    pub fn target(&self) -> &str {
        self.request_line.split(' ').nth(1).unwrap_or("")
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with each request.
#[derive(Debug, Clone)]
pub enum RawResponse {
    /// Writes these bytes (a full HTTP response) and closes the connection.
    Bytes(Vec<u8>),
    /// Writes these bytes, then keeps the connection open without writing more for this long
    /// (for timeouts in the middle of a body).
    BytesThenStall(Vec<u8>, Duration),
}

impl RawResponse {
    /// A complete `200 OK` JSON response.
    pub fn json(body: &str) -> RawResponse {
        RawResponse::Bytes(
            format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            )
            .into_bytes(),
        )
    }
}

/// The running server; stops accepting when dropped.
#[derive(Debug)]
pub struct RawServer {
    addr: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<RawRequest>>>,
    task: JoinHandle<()>,
}

impl RawServer {
    /// Starts the server on a free port of 127.0.0.1 (ready to accept when this returns).
    pub async fn start(response: RawResponse) -> RawServer {
        RawServer::start_at("127.0.0.1:0".parse().expect("an address"), response).await
    }

    /// Starts the server on `addr` (ready to accept when this returns).
    pub async fn start_at(addr: std::net::SocketAddr, response: RawResponse) -> RawServer {
        let listener = TcpListener::bind(addr)
            .await
            .unwrap_or_else(|e| panic!("cannot bind {addr}: {e}"));
        let addr = listener.local_addr().expect("listener has an address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let recorded = Arc::clone(&recorded);
                let response = response.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, &recorded, &response).await;
                });
            }
        });
        RawServer {
            addr,
            requests,
            task,
        }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RawRequest> {
        self.requests.lock().expect("request log lock").clone()
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    mut stream: TcpStream,
    recorded: &Mutex<Vec<RawRequest>>,
    response: &RawResponse,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or("").to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    recorded.lock().expect("request log lock").push(RawRequest {
        request_line,
        headers,
        body,
    });
    match response {
        RawResponse::Bytes(bytes) => {
            stream.write_all(bytes).await?;
            stream.shutdown().await?;
        }
        RawResponse::BytesThenStall(bytes, stall) => {
            stream.write_all(bytes).await?;
            stream.flush().await?;
            tokio::time::sleep(*stall).await;
        }
    }
    Ok(())
}
