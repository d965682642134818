#!/usr/bin/env python3
"""Writes the two staging Secrets from a sandbox credentials folder, as YAML on standard output.

    dotnet run --project src/FacePay.Sandbox -- --credentials-dir /tmp/staging-credentials   # once; Ctrl-C
    python3 deploy/k8s/overlays/staging/sandbox-secrets.py /tmp/staging-credentials \
        | kubectl apply -n facepay-staging -f -

facepay-sandbox-credentials carries every file of the folder (the sandbox signs with the gateway-side keys);
facepay-channels carries channels.json, the merchant-side half bound onto AlipayOptions and WechatPayOptions,
pointing at the in-cluster sandbox Service. The output holds private keys: pipe it, do not store it.
"""
import argparse
import json
import pathlib
import sys


def secret_key(relative_path: str) -> str:
    # "alipay/app_private_key.pem" -> "alipay-app-private-key.pem" (Secret keys: [-._a-zA-Z0-9]).
    return relative_path.replace("/", "-").replace("_", "-")


def secret(name: str, string_data: dict) -> str:
    # JSON is YAML: one document per Secret, no YAML quoting rules to get wrong for PEM text.
    document = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": name}, "type": "Opaque", "stringData": string_data}
    return json.dumps(document, indent=2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("credentials_dir", type=pathlib.Path, help="the sandbox --credentials-dir folder")
    parser.add_argument("--sandbox-url", default="http://facepay-sandbox:5080/", help="the sandbox as the silos reach it")
    args = parser.parse_args()

    folder = args.credentials_dir
    manifest_path = folder / "credentials.json"
    if not manifest_path.is_file():
        print(f"sandbox-secrets: {manifest_path} not found (start the sandbox once with --credentials-dir {folder})", file=sys.stderr)
        return 1
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    alipay, wechat = manifest["alipay"], manifest["wechatPay"]

    def read(relative: str) -> str:
        return (folder / relative).read_text(encoding="utf-8")

    files = {"credentials.json": manifest_path.read_text(encoding="utf-8")}
    for section in (alipay, wechat):
        for key, value in section.items():
            if key.endswith("File"):
                files[secret_key(value)] = read(value)

    base = args.sandbox_url.rstrip("/") + "/"
    channels = {
        "FacePay": {
            "Channels": {
                "Alipay": {
                    "GatewayUrl": base + "alipay/gateway.do",
                    "AppId": alipay["appId"],
                    "SellerId": alipay["sellerId"],
                    "AppPrivateKeyPem": read(alipay["appPrivateKeyFile"]),
                    "AlipayPublicKeyPem": read(alipay["alipayPublicKeyFile"]),
                },
                "WechatPay": {
                    "BaseUrl": base,
                    "MchId": wechat["mchId"],
                    "AppId": wechat["appId"],
                    "MerchantPrivateKeyPem": read(wechat["merchantPrivateKeyFile"]),
                    "MerchantCertificateSerial": wechat["merchantSerialNo"],
                    "ApiV3Key": read(wechat["apiV3KeyFile"]).strip(),
                    "PublicKeyId": wechat["publicKeyId"],
                    "PublicKeyPem": read(wechat["publicKeyFile"]),
                    "PlatformCertificatesPem": [read(wechat["platformCertificateFile"])],
                },
            }
        }
    }
    print(secret("facepay-sandbox-credentials", files))
    print("---")
    print(secret("facepay-channels", {"channels.json": json.dumps(channels, indent=2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
