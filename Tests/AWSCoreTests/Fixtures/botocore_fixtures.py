"""Shared by the fixture generators of the API tests: botocore's serializer and parser, run once.

write_fixtures(service, requests, responses, folder) writes folder/requests.json and
folder/responses.json. Requests are serialized with botocore.serialize (with its own parameter
validation) and prepared into a wire request by botocore.awsrequest, exactly as botocore would send
them. Responses are parsed by botocore.parsers; timestamps become epoch seconds.
"""
import datetime
import json
import os

import botocore
import botocore.session
from botocore.awsrequest import HTTPHeaders, create_request_object, prepare_request_dict
from botocore.model import ServiceModel
from botocore.parsers import create_parser
from botocore.serialize import create_serializer

ENDPOINT = "https://service.eu-west-2.amazonaws.com"


def _load(service):
    session = botocore.session.get_session()
    return ServiceModel(session.get_component("data_loader").load_service_model(service, "service-2"), service)


def _plain(value):
    if isinstance(value, datetime.datetime):
        return value.timestamp()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def write_fixtures(service, requests, responses, folder):
    model = _load(service)
    serializer = create_serializer(model.metadata["protocol"], include_validation=True)
    out = []
    for operation, name, params in requests:
        request_dict = serializer.serialize_to_request(params, model.operation_model(operation))
        prepare_request_dict(request_dict, endpoint_url=ENDPOINT)
        prepared = create_request_object(request_dict).prepare()
        target = prepared.url[len(ENDPOINT):]
        path, _, query = target.partition("?")
        body = prepared.body
        out.append({
            "name": name,
            "operation": operation,
            "input": params,
            "method": prepared.method,
            "path": path,
            "query": query,
            "contentType": prepared.headers.get("Content-Type"),
            "body": body.decode() if body else None,
        })
    with open(os.path.join(folder, "requests.json"), "w") as handle:
        json.dump(out, handle, indent=2, sort_keys=True)
        handle.write("\n")

    parser = create_parser(model.metadata["protocol"])
    out = []
    for operation, name, status, headers, body in responses:
        raw = b"" if body is None else json.dumps(body).encode()
        operation_model = model.operation_model(operation)
        parsed = parser.parse(
            {"status_code": status, "headers": HTTPHeaders.from_dict(headers), "body": raw},
            operation_model.output_shape if status < 300 else None,
        )
        metadata = parsed.pop("ResponseMetadata", {})
        error = parsed.pop("Error", None)
        out.append({
            "name": name,
            "operation": operation,
            "status": status,
            "headers": headers,
            "body": raw.decode(),
            "parsed": _plain(parsed),
            "error": error,
        })
    with open(os.path.join(folder, "responses.json"), "w") as handle:
        json.dump(out, handle, indent=2, sort_keys=True)
        handle.write("\n")
