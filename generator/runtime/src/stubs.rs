//! Stands in for a generated crate's `stubs.rs` (`emit/stubs.rs`): [`Stub`]'s client and one
//! resource's operation stubs, for the runtime's tests. Never copied.

use crate::testing::{OperationStub, RequestKind, ResponseKind, RouteKey, Stub};

impl Stub {
    /// A client answered by this stub, without retries.
    pub fn client(&self) -> crate::Client {
        match self.builder().build() {
            Ok(client) => client,
            Err(error) => panic!("cannot build the stub's client: {error}"),
        }
    }

    /// A builder for a client answered by this stub, without retries.
    pub fn builder(&self) -> crate::ClientBuilder {
        crate::ClientBuilder::new(
            [crate::client::Credential::bearer("stub-credential")],
            "http://stub.invalid",
        )
        .mock_transport(self.transport())
        .max_retries(0)
    }

    /// Stubs of the samples' operations.
    pub fn samples(&self) -> SamplesStubs<'_> {
        SamplesStubs { stub: self }
    }
}

/// Stubs of the samples' operations.
#[derive(Debug, Clone, Copy)]
pub struct SamplesStubs<'a> {
    stub: &'a Stub,
}

impl SamplesStubs<'_> {
    /// `POST /v1/samples`.
    pub fn create(&self) -> OperationStub<crate::types::Sample, crate::types::Sample> {
        self.stub.operation(RouteKey::new(
            "POST",
            "/v1/samples",
            "samples.create",
            RequestKind::Json,
            ResponseKind::Json,
        ))
    }

    /// `GET /v1/samples/{id}`.
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Sample> {
        self.stub.operation(RouteKey::new(
            "GET",
            "/v1/samples/{id}",
            "samples.retrieve",
            RequestKind::None,
            ResponseKind::Json,
        ))
    }

    /// `DELETE /v1/samples/{id}`.
    pub fn delete(&self) -> OperationStub<(), ()> {
        self.stub.operation(RouteKey::new(
            "DELETE",
            "/v1/samples/{id}",
            "samples.delete",
            RequestKind::None,
            ResponseKind::Empty,
        ))
    }

    /// `GET /v1/samples/search`.
    pub fn search(&self) -> OperationStub<(), crate::types::Sample> {
        self.stub.operation(RouteKey::new(
            "GET",
            "/v1/samples/search",
            "samples.search",
            RequestKind::None,
            ResponseKind::Json,
        ))
    }
}
