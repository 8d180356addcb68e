// QR codes are drawn on the server as SVG (the `qrcode` library): no client script, crisp when printed.
import QRCode from "qrcode";

export function qrSvg(text: string, opts: { margin?: number } = {}): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: opts.margin ?? 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
