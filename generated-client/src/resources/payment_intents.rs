// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on payment intents.
/// Operations on payment intents; get one with [`Client::payment_intents`](crate::Client::payment_intents).
#[derive(Debug, Clone)]
pub struct PaymentIntentsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on payment intents.
    pub fn payment_intents(&self) -> PaymentIntentsResource<'_> {
        PaymentIntentsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> PaymentIntentsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Cancel a PaymentIntent
    ///
    /// Cancels a PaymentIntent that is not paid yet; a Checkout Session's PaymentIntent is ended by expiring the session instead.
    ///
    /// `POST /v1/payment_intents/{id}/cancel`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the PaymentIntent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CancelPaymentIntent::new("customer cancelled");
    /// let _response = client.payment_intents().cancel("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn cancel(
        &self,
        id: &str,
        body: &crate::types::CancelPaymentIntent,
    ) -> crate::Call<'a, crate::types::PaymentIntent> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payment_intents/", &*id_segment, "/cancel"].concat(),
            );
            request
                .operation("payment_intents.cancel", "/v1/payment_intents/{id}/cancel");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentIntent>,
        )
    }
    /// Capture a PaymentIntent
    ///
    /// Captures the funds of a PaymentIntent in status `requires_capture`; what is not captured is released.
    ///
    /// `POST /v1/payment_intents/{id}/capture`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the PaymentIntent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CapturePaymentIntent {
    ///     amount_to_capture: Some(8000),
    ///     ..Default::default()
    /// };
    /// let _response = client.payment_intents().capture("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn capture(
        &self,
        id: &str,
        body: &crate::types::CapturePaymentIntent,
    ) -> crate::Call<'a, crate::types::PaymentIntent> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payment_intents/", &*id_segment, "/capture"].concat(),
            );
            request
                .operation(
                    "payment_intents.capture",
                    "/v1/payment_intents/{id}/capture",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentIntent>,
        )
    }
    /// Confirm a PaymentIntent
    ///
    /// Confirms that the customer intends to pay with the attached or given payment method.
    ///
    /// `POST /v1/payment_intents/{id}/confirm`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the PaymentIntent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::ConfirmPaymentIntent {
    ///     payment_method_data: Some(wooshpay::PaymentMethodData {
    ///         card: Some(wooshpay::PaymentMethodDataCard {
    ///             number: Some("4111111111111111".to_string()),
    ///             exp_month: Some("03".to_string()),
    ///             exp_year: Some("2027".to_string()),
    ///             cvc: Some("123".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         ..wooshpay::PaymentMethodData::new(wooshpay::PaymentMethodDataType::Card)
    ///     }),
    ///     return_url: Some("https://wooshpay.com".to_string()),
    ///     off_session: Some(wooshpay::BoolOrString::Bool(false)),
    ///     ..Default::default()
    /// };
    /// let _response = client.payment_intents().confirm("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn confirm(
        &self,
        id: &str,
        body: &crate::types::ConfirmPaymentIntent,
    ) -> crate::Call<'a, crate::types::PaymentIntent> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payment_intents/", &*id_segment, "/confirm"].concat(),
            );
            request
                .operation(
                    "payment_intents.confirm",
                    "/v1/payment_intents/{id}/confirm",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentIntent>,
        )
    }
    /// List all PaymentIntents
    ///
    /// Returns PaymentIntents, newest first, one page at a time.
    ///
    /// `GET /v1/payment_intents`
    ///
    /// Sends the filters as a JSON body and as query parameters: each member of the body
    /// is a parameter too, nested values bracketed (`name=value&object[key]=value`, extra
    /// fields included), so a server or proxy that drops the body of a `GET` still gets them.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::ListRequest {
    ///     limit: Some(3),
    ///     ..Default::default()
    /// };
    /// let _response = client.payment_intents().list(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        body: &crate::types::ListRequest,
    ) -> crate::Call<'a, crate::types::PaymentIntentsResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/payment_intents"),
            );
            request.operation("payment_intents.list", "/v1/payment_intents");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            request.body_also_as_query();
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentIntentsResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID,
    /// in the body and in the query) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        body: &crate::types::ListRequest,
    ) -> crate::Pages<crate::types::PaymentIntent> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (body.to_owned(),),
            |client, options, state| {
                let (body,) = state;
                PaymentIntentsResource {
                    client,
                    options: options.clone(),
                }
                    .list(body)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// Create a PaymentIntent
    ///
    /// Creates a PaymentIntent; with `confirm: true` it is confirmed in the same call.
    ///
    /// `POST /v1/payment_intents`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreatePaymentIntent {
    ///     confirm: Some(true),
    ///     payment_method_data: Some(wooshpay::PaymentMethodData {
    ///         card: Some(wooshpay::PaymentMethodDataCard {
    ///             number: Some("4111111111111111".to_string()),
    ///             exp_month: Some("03".to_string()),
    ///             exp_year: Some("2027".to_string()),
    ///             cvc: Some("123".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         ..wooshpay::PaymentMethodData::new(wooshpay::PaymentMethodDataType::Card)
    ///     }),
    ///     merchant_order_id: Some("id1111".to_string()),
    ///     return_url: Some("https://wooshpay.com".to_string()),
    ///     payment_method_options: Some(wooshpay::PaymentMethodOptions {
    ///         card: Some(wooshpay::CardOptions {
    ///             request_three_d_secure: Some("auto".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         ..Default::default()
    ///     }),
    ///     ..wooshpay::CreatePaymentIntent::new(1, "USD")
    /// };
    /// let _response = client.payment_intents().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreatePaymentIntent,
    ) -> crate::Call<'a, crate::types::PaymentIntent> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/payment_intents"),
            );
            request.operation("payment_intents.create", "/v1/payment_intents");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentIntent>,
        )
    }
    /// Retrieve a PaymentIntent
    ///
    /// Returns a PaymentIntent created earlier.
    ///
    /// `GET /v1/payment_intents/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the PaymentIntent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.payment_intents().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::PaymentIntent> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/payment_intents/", &*id_segment].concat(),
            );
            request.operation("payment_intents.retrieve", "/v1/payment_intents/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentIntent>,
        )
    }
    /// Update a PaymentIntent
    ///
    /// Changes a PaymentIntent without confirming it; some changes require confirming again.
    ///
    /// `POST /v1/payment_intents/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the PaymentIntent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::UpdatePaymentIntent {
    ///     confirm: Some(true),
    ///     payment_method_data: Some(wooshpay::PaymentMethodData {
    ///         billing_details: Some(wooshpay::BillingDetails {
    ///             address: Some(wooshpay::Address {
    ///                 city: Some("city".to_string()),
    ///                 country: Some("US".to_string()),
    ///                 line1: Some("XX mansion".to_string()),
    ///                 line2: Some("XX Town".to_string()),
    ///                 postal_code: Some("55555".to_string()),
    ///                 state: Some("California".to_string()),
    ///                 ..Default::default()
    ///             }),
    ///             name: Some("Tom".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         card: Some(wooshpay::PaymentMethodDataCard {
    ///             number: Some("4111111111111111".to_string()),
    ///             exp_month: Some("12".to_string()),
    ///             exp_year: Some("2026".to_string()),
    ///             cvc: Some("123".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         ..wooshpay::PaymentMethodData::new(wooshpay::PaymentMethodDataType::Card)
    ///     }),
    ///     amount: Some(10),
    ///     currency: Some("USD".to_string()),
    ///     description: Some("product description".to_string()),
    ///     quantity: Some(2),
    ///     merchant_user_id: Some("123456".to_string()),
    ///     merchant_order_id: Some("Order112344343".to_string()),
    ///     shipping: Some(wooshpay::PaymentIntentShipping {
    ///         address: Some(wooshpay::Address {
    ///             city: Some("city".to_string()),
    ///             country: Some("US".to_string()),
    ///             line1: Some("XX mansion".to_string()),
    ///             line2: Some("XX Town".to_string()),
    ///             postal_code: Some("xxx xxx".to_string()),
    ///             state: Some("California".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         phone: Some("xxxx".to_string()),
    ///         ..wooshpay::PaymentIntentShipping::new("tom")
    ///     }),
    ///     return_url: Some("https://your.website".to_string()),
    ///     ..Default::default()
    /// };
    /// let _response = client.payment_intents().update("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        id: &str,
        body: &crate::types::UpdatePaymentIntent,
    ) -> crate::Call<'a, crate::types::PaymentIntent> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payment_intents/", &*id_segment].concat(),
            );
            request.operation("payment_intents.update", "/v1/payment_intents/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentIntent>,
        )
    }
    /// Search PaymentIntents
    ///
    /// Returns up to `limit` PaymentIntents matching a search query; an empty list when none match.
    ///
    /// `GET /v1/payment_intents/search`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let params = wooshpay::SearchPaymentIntents::new("...");
    /// let _response = client.payment_intents().search(&params).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn search(
        &self,
        params: &crate::types::SearchPaymentIntents,
    ) -> crate::Call<'a, crate::types::PaymentIntentsResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/payment_intents/search"),
            );
            request.operation("payment_intents.search", "/v1/payment_intents/search");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            {
                let value = &params.query;
                request.query("query", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.limit {
                request.query("limit", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentIntentsResponse>,
        )
    }
}
