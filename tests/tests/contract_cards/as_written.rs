//! `requests.rs` against the specs as written (merged across files, not normalized).

use wooshpay_tests::prism::Prism;

fn contract_prism() -> &'static Prism {
    Prism::shared_as_written()
}

#[path = "requests.rs"]
mod requests;
