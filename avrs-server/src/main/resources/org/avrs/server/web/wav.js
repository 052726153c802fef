// Voice clips: records the microphone with MediaRecorder, decodes the recording and resamples it to
// 16 kHz mono (an OfflineAudioContext at 16 kHz decodes straight to that rate), and encodes it as a
// 16-bit PCM WAV file, the format the API takes.

export const RATE = 16000;

/** Records `seconds` of the microphone; resolves to a WAV Blob. */
export async function recordClip(seconds) {
  const media = await navigator.mediaDevices.getUserMedia({audio: true});
  try {
    const recorder = new MediaRecorder(media);
    const chunks = [];
    recorder.ondataavailable = (e) => { if (e.data.size > 0) chunks.push(e.data); };
    const stopped = new Promise((resolve, reject) => {
      recorder.onstop = resolve;
      recorder.onerror = (e) => reject(e.error || new Error('recording failed'));
    });
    recorder.start();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    recorder.stop();
    await stopped;
    const encoded = await new Blob(chunks, {type: recorder.mimeType}).arrayBuffer();
    const decoded = await new OfflineAudioContext(1, 1, RATE).decodeAudioData(encoded);
    return encodeWav(mono(decoded), decoded.sampleRate);
  } finally {
    media.getTracks().forEach((t) => t.stop());
  }
}

/** The mean of the channels. */
function mono(buffer) {
  const out = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const data = buffer.getChannelData(c);
    for (let i = 0; i < out.length; i++) out[i] += data[i] / buffer.numberOfChannels;
  }
  return out;
}

/** A RIFF/WAVE file: one channel, 16-bit PCM, samples clipped to [-1, 1]. */
export function encodeWav(samples, rate) {
  const bytes = new ArrayBuffer(44 + samples.length * 2);
  const v = new DataView(bytes);
  const text = (offset, s) => { for (let i = 0; i < s.length; i++) v.setUint8(offset + i, s.charCodeAt(i)); };
  text(0, 'RIFF');
  v.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);            // PCM
  v.setUint16(22, 1, true);            // mono
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);     // byte rate
  v.setUint16(32, 2, true);            // block align
  v.setUint16(34, 16, true);           // bits per sample
  text(36, 'data');
  v.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    v.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return new Blob([bytes], {type: 'audio/wav'});
}
