// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on files.
/// Operations on files; get one with [`Client::files`](crate::Client::files).
#[derive(Debug, Clone)]
pub struct FilesResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on files.
    pub fn files(&self) -> FilesResource<'_> {
        FilesResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> FilesResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Retrieve a file
    ///
    /// Returns the details of an uploaded file, with the URL to download it from.
    ///
    /// `GET /v1/files/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the file.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.files().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::File> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/files/", &*id_segment].concat(),
            );
            request.operation("files.retrieve", "/v1/files/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::File>,
        )
    }
}
