//! `requests.rs` against the generator's normalized document (`generated-client/openapi.json`).

use wooshpay_tests::prism::Prism;

fn contract_prism() -> &'static Prism {
    Prism::shared()
}

#[path = "requests.rs"]
mod requests;
