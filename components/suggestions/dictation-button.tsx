"use client";
// Dictation into a text field where the browser offers speech recognition (Chrome and Edge, many Android
// browsers: the Web Speech API), for residents who find typing Chinese on a phone hard. Where the browser has
// none, nothing is shown: no dead button, no message. What is heard is added to the end of the field, so
// typing and speaking can be mixed, and the field stays an ordinary form field.
import { useRef, useState, useSyncExternalStore } from "react";

type Result = { isFinal: boolean; 0: { transcript: string } };
type Recognition = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((e: { resultIndex: number; results: ArrayLike<Result> }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
};
type RecognitionCtor = new () => Recognition;

function recognitionCtor(): RecognitionCtor | null {
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

const noSubscription = () => () => {};

export function DictationButton({
  targetId,
  lang,
  labels,
}: {
  targetId: string;
  lang: string;
  labels: { start: string; stop: string; listening: string; failed: string };
}) {
  const supported = useSyncExternalStore(
    noSubscription,
    () => recognitionCtor() != null,
    () => false,
  );
  const [listening, setListening] = useState(false);
  const [failed, setFailed] = useState(false);
  const current = useRef<Recognition | null>(null);
  if (!supported) return null;

  function start() {
    const Ctor = recognitionCtor();
    const field = document.getElementById(targetId) as HTMLTextAreaElement | null;
    if (!Ctor || !field) return;
    const r = new Ctor();
    r.lang = lang;
    r.continuous = true;
    r.interimResults = false;
    r.onresult = (e) => {
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const result = e.results[i];
        if (!result.isFinal) continue;
        const room = field.maxLength > 0 ? field.maxLength - field.value.length : Infinity;
        field.value += result[0].transcript.slice(0, Math.max(0, room));
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }
    };
    r.onerror = (e) => setFailed(e.error !== "aborted");
    r.onend = () => {
      setListening(false);
      current.current = null;
    };
    setFailed(false);
    current.current = r;
    r.start();
    setListening(true);
    field.focus();
  }

  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-pressed={listening}
        onClick={() => (listening ? current.current?.stop() : start())}
        className="min-h-11 rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-700 hover:text-brand-700 aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:text-brand-700"
      >
        {listening ? labels.stop : labels.start}
      </button>
      <span role="status" className="text-sm text-muted">
        {listening ? labels.listening : failed ? labels.failed : ""}
      </span>
    </div>
  );
}
