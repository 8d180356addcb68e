import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/password-policy";

describe("password policy (S3)", () => {
  it("accepts a long, unremarkable password", () => {
    expect(checkPassword("tea-kettle-Harbor-93")).toBeNull();
  });
  it("refuses short and overlong passwords", () => {
    expect(checkPassword("Short-12")).toBe("tooShort");
    expect(checkPassword("x".repeat(64) + "Yz-1".repeat(20))).toBe("tooLong");
    expect(checkPassword("a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6a7B8c9D0e1F2x")).toBe("tooLong"); // 65
    expect(checkPassword("a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6a7B8c9D0e1F2")).toBeNull(); // 64 chars is fine
  });
  it("refuses common passwords and words tied to the portal", () => {
    expect(checkPassword("Passw0rd1234")).toBe("weak");
    expect(checkPassword("1qaz2wsx3edc")).toBe("weak"); // a keyboard walk
    expect(checkPassword("abcdefghijkl")).toBe("weak"); // a sequence
    expect(checkPassword("demo-Pass-2026")).toBe("contextWord"); // the README's demo password
    expect(checkPassword("renda-2026-abcd")).toBe("contextWord");
    expect(checkPassword("我是人大代表-9x7q3z")).toBe("contextWord");
  });
  it("refuses the person's own name and station names", () => {
    expect(checkPassword("zhangwei-1987-x", ["zhangwei"])).toBe("contextWord");
    expect(checkPassword("东湖街道-harbor-77", ["东湖街道"])).toBe("contextWord");
  });
  it("refuses repetitive passwords", () => {
    expect(checkPassword("aaaaaaaaaaaaaaaa")).toBe("repetitive");
  });
});
