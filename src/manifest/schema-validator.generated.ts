/* Generated from schemas/manifest.schema.json by `node scripts/gen-validator.mjs`. Do not edit. */
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json","description":"seedance-pipeline manifest: a storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film.","type":"object","additionalProperties":false,"required":["version","shots"],"properties":{"version":{"const":1,"description":"Manifest format version. Only 1 exists."},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"Name of the film. Default: the manifest's file name without extension."},"api":{"enum":["native","openai"],"description":"Wire format: native (/api/v3/contents/generations/tasks, the default) or openai (/v1/videos).","default":"native"},"base_url":{"type":"string","pattern":"^https?://[^\\s/?#]+(/[^\\s?#]*)?$","description":"Host root of the service, e.g. https://api.wisgate.ai (the path is appended). The SEEDANCE_BASE_URL environment variable overrides it."},"output":{"type":"string","minLength":1,"description":"Output folder, relative to the manifest's folder. Default out/<name>."},"store":{"type":"string","minLength":1,"description":"The clip store's folder, relative to the manifest's folder and inside the project (SEEDANCE_STORE overrides it). Default .seedance/store beside the manifest."},"concurrency":{"type":"integer","minimum":1,"maximum":100,"description":"Most tasks at the service at once (default 3). --concurrency overrides it.","default":3},"defaults":{"$ref":"#/$defs/settings","description":"Generation settings applied to every shot; a shot's own value wins."},"shots":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/shot"},"description":"The shots, in story order."},"concat":{"$ref":"#/$defs/concat"}},"$defs":{"settings":{"title":"GenerationSettings","type":"object","additionalProperties":false,"properties":{"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"Generation settings applied to every shot; a shot's own value wins."},"concat":{"title":"Concat","type":"object","additionalProperties":false,"description":"Join the clips into one film after the shots are made.","properties":{"output":{"type":"string","minLength":1,"description":"File name of the film, relative to the output folder. Default final.mp4.","default":"final.mp4"},"shots":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"description":"Shot ids in film order. Default: every shot that is not a draft, in manifest order."},"transition":{"title":"Transition","type":"object","additionalProperties":false,"required":["type"],"description":"How clips meet: cut (default) or crossfade.","properties":{"type":{"enum":["cut","crossfade"],"description":"cut: straight join (stream copy when the clips match); crossfade: video and audio overlap by duration.","default":"cut"},"duration":{"type":"number","exclusiveMinimum":0,"maximum":5,"description":"Crossfade length in seconds (default 0.5). The film is shorter by one overlap per join.","default":0.5}}},"trim":{"type":"object","description":"Per-shot trims, by shot id: { start, end } in seconds within the clip.","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"title":"Trim","type":"object","additionalProperties":false,"description":"Keep the part of the clip from start to end (seconds).","properties":{"start":{"type":"number","minimum":0,"description":"Seconds cut from the beginning (default 0)."},"end":{"type":"number","exclusiveMinimum":0,"description":"Where the kept part ends, in seconds from the clip's start (default: the clip's end)."}}}},"audio":{"title":"MusicBed","type":"object","additionalProperties":false,"required":["file"],"description":"A music bed mixed under the clips' own sound.","properties":{"file":{"type":"string","minLength":1,"description":"Audio file, relative to the manifest."},"volume":{"type":"number","minimum":0,"maximum":4,"description":"Gain of the music bed (1 = as is; default 0.3).","default":0.3}}},"size":{"type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$","description":"Frame size of the film, WIDTHxHEIGHT. Default: the first clip's size."}}},"shot":{"title":"Shot","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Unique shot id: lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters. Names the output files (<id>.mp4)."},"prompt":{"type":"string","minLength":1,"maxLength":5000,"description":"What the shot shows. Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused)."},"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"draft":{"type":"boolean","description":"Make a cheap 480p draft; a later shot with from_draft turns it into the final video. Native format only.","default":false},"from_draft":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of a draft: true shot; this shot is that draft's final video (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused. Its model defaults to the draft's model: a draft can only be finished by the model family that made it."},"first_frame":{"$ref":"#/$defs/media","description":"The first frame (image). { shot: ID } uses that shot's last frame, chaining the two shots."},"last_frame":{"$ref":"#/$defs/media","description":"The last frame (image); needs first_frame."},"reference_images":{"type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"},"description":"Reference images (1..9 on 2.0). Not together with first_frame/last_frame."},"reference_videos":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference videos (2.0 only; at most 3, 2..15 s each, 15 s together): URLs or asset:// ids, or { shot: ID } for that shot's video. Local video files are not accepted by the service."},"reference_audio":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference audio clips (2.0 native only; at most 3, 2..15 s each, 15 s together). Needs a reference image or video beside it."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot when its task ends failed (never for content-policy refusals). Default 0. A task that expired at the service, or one the service no longer knows, is resubmitted once on top of these.","default":0},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"take":{"type":"integer","minimum":1,"maximum":10,"description":"Which take (1-based) the film and the shots chained from this one use, at most `takes:`. Default 1. `seedance pick <manifest> <shot> <K>` writes it."},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"One shot: one generation task and one clip."},"media":{"description":"A media input: an http(s) URL, asset://ID, a data: URI, a path relative to the manifest, or { shot: ID } to use another shot's output.","title":"Media","oneOf":[{"type":"string","minLength":1,"description":"http(s) URL, asset://ID, data: URI, or a file path relative to the manifest."},{"$ref":"#/$defs/shotOutput"}]},"shotOutput":{"title":"ShotOutput","type":"object","additionalProperties":false,"required":["shot"],"description":"Another shot's output: its last frame in image slots, its video in reference_videos.","properties":{"shot":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of the shot whose output is used."}}}}};
const schema32 = {"title":"GenerationSettings","type":"object","additionalProperties":false,"properties":{"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"Generation settings applied to every shot; a shot's own value wins."};
const schema36 = {"title":"Concat","type":"object","additionalProperties":false,"description":"Join the clips into one film after the shots are made.","properties":{"output":{"type":"string","minLength":1,"description":"File name of the film, relative to the output folder. Default final.mp4.","default":"final.mp4"},"shots":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"description":"Shot ids in film order. Default: every shot that is not a draft, in manifest order."},"transition":{"title":"Transition","type":"object","additionalProperties":false,"required":["type"],"description":"How clips meet: cut (default) or crossfade.","properties":{"type":{"enum":["cut","crossfade"],"description":"cut: straight join (stream copy when the clips match); crossfade: video and audio overlap by duration.","default":"cut"},"duration":{"type":"number","exclusiveMinimum":0,"maximum":5,"description":"Crossfade length in seconds (default 0.5). The film is shorter by one overlap per join.","default":0.5}}},"trim":{"type":"object","description":"Per-shot trims, by shot id: { start, end } in seconds within the clip.","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"title":"Trim","type":"object","additionalProperties":false,"description":"Keep the part of the clip from start to end (seconds).","properties":{"start":{"type":"number","minimum":0,"description":"Seconds cut from the beginning (default 0)."},"end":{"type":"number","exclusiveMinimum":0,"description":"Where the kept part ends, in seconds from the clip's start (default: the clip's end)."}}}},"audio":{"title":"MusicBed","type":"object","additionalProperties":false,"required":["file"],"description":"A music bed mixed under the clips' own sound.","properties":{"file":{"type":"string","minLength":1,"description":"Audio file, relative to the manifest."},"volume":{"type":"number","minimum":0,"maximum":4,"description":"Gain of the music bed (1 = as is; default 0.3).","default":0.3}}},"size":{"type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$","description":"Frame size of the film, WIDTHxHEIGHT. Default: the first clip's size."}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const pattern5 = new RegExp("^https?://[^\\s/?#]+(/[^\\s?#]*)?$", "u");
const pattern6 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
const pattern11 = new RegExp("^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$", "u");
const schema33 = {"title":"Shot","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Unique shot id: lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters. Names the output files (<id>.mp4)."},"prompt":{"type":"string","minLength":1,"maxLength":5000,"description":"What the shot shows. Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused)."},"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"draft":{"type":"boolean","description":"Make a cheap 480p draft; a later shot with from_draft turns it into the final video. Native format only.","default":false},"from_draft":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of a draft: true shot; this shot is that draft's final video (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused. Its model defaults to the draft's model: a draft can only be finished by the model family that made it."},"first_frame":{"$ref":"#/$defs/media","description":"The first frame (image). { shot: ID } uses that shot's last frame, chaining the two shots."},"last_frame":{"$ref":"#/$defs/media","description":"The last frame (image); needs first_frame."},"reference_images":{"type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"},"description":"Reference images (1..9 on 2.0). Not together with first_frame/last_frame."},"reference_videos":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference videos (2.0 only; at most 3, 2..15 s each, 15 s together): URLs or asset:// ids, or { shot: ID } for that shot's video. Local video files are not accepted by the service."},"reference_audio":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference audio clips (2.0 native only; at most 3, 2..15 s each, 15 s together). Needs a reference image or video beside it."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot when its task ends failed (never for content-policy refusals). Default 0. A task that expired at the service, or one the service no longer knows, is resubmitted once on top of these.","default":0},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"take":{"type":"integer","minimum":1,"maximum":10,"description":"Which take (1-based) the film and the shots chained from this one use, at most `takes:`. Default 1. `seedance pick <manifest> <shot> <K>` writes it."},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"One shot: one generation task and one clip."};
const schema34 = {"description":"A media input: an http(s) URL, asset://ID, a data: URI, a path relative to the manifest, or { shot: ID } to use another shot's output.","title":"Media","oneOf":[{"type":"string","minLength":1,"description":"http(s) URL, asset://ID, data: URI, or a file path relative to the manifest."},{"$ref":"#/$defs/shotOutput"}]};
const schema35 = {"title":"ShotOutput","type":"object","additionalProperties":false,"required":["shot"],"description":"Another shot's output: its last frame in image slots, its video in reference_videos.","properties":{"shot":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of the shot whose output is used."}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(func2(data) < 1){
const err0 = {instancePath,schemaPath:"#/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shot === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/shotOutput/required",keyword:"required",params:{missingProperty: "shot"},message:"must have required property '"+"shot"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "shot")){
const err3 = {instancePath,schemaPath:"#/$defs/shotOutput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.shot !== undefined){
let data0 = data.shot;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/shot",schemaPath:"#/$defs/shotOutput/properties/shot/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/shot",schemaPath:"#/$defs/shotOutput/properties/shot/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/shotOutput/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.prompt !== undefined){
let data1 = data.prompt;
if(typeof data1 === "string"){
if(func2(data1) > 5000){
const err4 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.model !== undefined){
let data2 = data.model;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.resolution !== undefined){
let data3 = data.resolution;
if(!((((data3 === "480p") || (data3 === "720p")) || (data3 === "1080p")) || (data3 === "4k"))){
const err9 = {instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema33.properties.resolution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ratio !== undefined){
let data4 = data.ratio;
if(!(((((((data4 === "16:9") || (data4 === "4:3")) || (data4 === "1:1")) || (data4 === "3:4")) || (data4 === "9:16")) || (data4 === "21:9")) || (data4 === "adaptive"))){
const err10 = {instancePath:instancePath+"/ratio",schemaPath:"#/properties/ratio/enum",keyword:"enum",params:{allowedValues: schema33.properties.ratio.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.duration !== undefined){
let data5 = data.duration;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 15 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < -1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.seed !== undefined){
let data6 = data.seed;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < -1 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.generate_audio !== undefined){
if(typeof data.generate_audio !== "boolean"){
const err17 = {instancePath:instancePath+"/generate_audio",schemaPath:"#/properties/generate_audio/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.watermark !== undefined){
if(typeof data.watermark !== "boolean"){
const err18 = {instancePath:instancePath+"/watermark",schemaPath:"#/properties/watermark/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.return_last_frame !== undefined){
if(typeof data.return_last_frame !== "boolean"){
const err19 = {instancePath:instancePath+"/return_last_frame",schemaPath:"#/properties/return_last_frame/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.camera_fixed !== undefined){
if(typeof data.camera_fixed !== "boolean"){
const err20 = {instancePath:instancePath+"/camera_fixed",schemaPath:"#/properties/camera_fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.service_tier !== undefined){
let data11 = data.service_tier;
if(!((data11 === "default") || (data11 === "flex"))){
const err21 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema33.properties.service_tier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.execution_expires_after !== undefined){
let data12 = data.execution_expires_after;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err22 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 259200 || isNaN(data12)){
const err23 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},message:"must be <= 259200"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12 < 3600 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3600},message:"must be >= 3600"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.size !== undefined){
let data13 = data.size;
if(!((((data13 === "1280x720") || (data13 === "720x1080")) || (data13 === "1920x1080")) || (data13 === "1080x1920"))){
const err25 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/enum",keyword:"enum",params:{allowedValues: schema33.properties.size.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.draft !== undefined){
if(typeof data.draft !== "boolean"){
const err26 = {instancePath:instancePath+"/draft",schemaPath:"#/properties/draft/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.from_draft !== undefined){
let data15 = data.from_draft;
if(typeof data15 === "string"){
if(!pattern6.test(data15)){
const err27 = {instancePath:instancePath+"/from_draft",schemaPath:"#/properties/from_draft/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/from_draft",schemaPath:"#/properties/from_draft/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.first_frame !== undefined){
if(!(validate22(data.first_frame, {instancePath:instancePath+"/first_frame",parentData:data,parentDataProperty:"first_frame",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.last_frame !== undefined){
if(!(validate22(data.last_frame, {instancePath:instancePath+"/last_frame",parentData:data,parentDataProperty:"last_frame",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.reference_images !== undefined){
let data18 = data.reference_images;
if(Array.isArray(data18)){
if(data18.length > 9){
const err29 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/maxItems",keyword:"maxItems",params:{limit: 9},message:"must NOT have more than 9 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data18.length < 1){
const err30 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data18[i0], {instancePath:instancePath+"/reference_images/" + i0,parentData:data18,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.reference_videos !== undefined){
let data20 = data.reference_videos;
if(Array.isArray(data20)){
if(data20.length > 3){
const err32 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data20.length < 1){
const err33 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data20[i1], {instancePath:instancePath+"/reference_videos/" + i1,parentData:data20,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.reference_audio !== undefined){
let data22 = data.reference_audio;
if(Array.isArray(data22)){
if(data22.length > 3){
const err35 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data22.length < 1){
const err36 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
if(!(validate22(data22[i2], {instancePath:instancePath+"/reference_audio/" + i2,parentData:data22,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.retries !== undefined){
let data24 = data.retries;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err38 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 10 || isNaN(data24)){
const err39 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err40 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.takes !== undefined){
let data25 = data.takes;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err41 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 10 || isNaN(data25)){
const err42 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err43 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data.take !== undefined){
let data26 = data.take;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err44 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 10 || isNaN(data26)){
const err45 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data26 < 1 || isNaN(data26)){
const err46 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data.refusals !== undefined){
let data27 = data.refusals;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err47 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 10 || isNaN(data27)){
const err48 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err49 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shots === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shots"},message:"must have required property '"+"shots"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.api !== undefined){
let data2 = data.api;
if(!((data2 === "native") || (data2 === "openai"))){
const err6 = {instancePath:instancePath+"/api",schemaPath:"#/properties/api/enum",keyword:"enum",params:{allowedValues: schema31.properties.api.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.base_url !== undefined){
let data3 = data.base_url;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err7 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+(/[^\\s?#]*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+(/[^\\s?#]*)?$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.output !== undefined){
let data4 = data.output;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.store !== undefined){
let data5 = data.store;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.concurrency !== undefined){
let data6 = data.concurrency;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.defaults !== undefined){
let data7 = data.defaults;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(func1.call(schema32.properties, key1))){
const err16 = {instancePath:instancePath+"/defaults",schemaPath:"#/$defs/settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.model !== undefined){
let data8 = data7.model;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err17 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/$defs/settings/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/$defs/settings/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.resolution !== undefined){
let data9 = data7.resolution;
if(!((((data9 === "480p") || (data9 === "720p")) || (data9 === "1080p")) || (data9 === "4k"))){
const err19 = {instancePath:instancePath+"/defaults/resolution",schemaPath:"#/$defs/settings/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema32.properties.resolution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.ratio !== undefined){
let data10 = data7.ratio;
if(!(((((((data10 === "16:9") || (data10 === "4:3")) || (data10 === "1:1")) || (data10 === "3:4")) || (data10 === "9:16")) || (data10 === "21:9")) || (data10 === "adaptive"))){
const err20 = {instancePath:instancePath+"/defaults/ratio",schemaPath:"#/$defs/settings/properties/ratio/enum",keyword:"enum",params:{allowedValues: schema32.properties.ratio.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.duration !== undefined){
let data11 = data7.duration;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err21 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 15 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11 < -1 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data7.seed !== undefined){
let data12 = data7.seed;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err24 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 4294967295 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data12 < -1 || isNaN(data12)){
const err26 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data7.generate_audio !== undefined){
if(typeof data7.generate_audio !== "boolean"){
const err27 = {instancePath:instancePath+"/defaults/generate_audio",schemaPath:"#/$defs/settings/properties/generate_audio/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.watermark !== undefined){
if(typeof data7.watermark !== "boolean"){
const err28 = {instancePath:instancePath+"/defaults/watermark",schemaPath:"#/$defs/settings/properties/watermark/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.return_last_frame !== undefined){
if(typeof data7.return_last_frame !== "boolean"){
const err29 = {instancePath:instancePath+"/defaults/return_last_frame",schemaPath:"#/$defs/settings/properties/return_last_frame/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.camera_fixed !== undefined){
if(typeof data7.camera_fixed !== "boolean"){
const err30 = {instancePath:instancePath+"/defaults/camera_fixed",schemaPath:"#/$defs/settings/properties/camera_fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.service_tier !== undefined){
let data17 = data7.service_tier;
if(!((data17 === "default") || (data17 === "flex"))){
const err31 = {instancePath:instancePath+"/defaults/service_tier",schemaPath:"#/$defs/settings/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema32.properties.service_tier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.execution_expires_after !== undefined){
let data18 = data7.execution_expires_after;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err32 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 259200 || isNaN(data18)){
const err33 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},message:"must be <= 259200"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data18 < 3600 || isNaN(data18)){
const err34 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3600},message:"must be >= 3600"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data7.size !== undefined){
let data19 = data7.size;
if(!((((data19 === "1280x720") || (data19 === "720x1080")) || (data19 === "1920x1080")) || (data19 === "1080x1920"))){
const err35 = {instancePath:instancePath+"/defaults/size",schemaPath:"#/$defs/settings/properties/size/enum",keyword:"enum",params:{allowedValues: schema32.properties.size.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.takes !== undefined){
let data20 = data7.takes;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err36 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 10 || isNaN(data20)){
const err37 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err38 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data7.refusals !== undefined){
let data21 = data7.refusals;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err39 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 10 || isNaN(data21)){
const err40 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err41 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/defaults",schemaPath:"#/$defs/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.shots !== undefined){
let data22 = data.shots;
if(Array.isArray(data22)){
if(data22.length < 1){
const err43 = {instancePath:instancePath+"/shots",schemaPath:"#/properties/shots/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data22[i0], {instancePath:instancePath+"/shots/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath:instancePath+"/shots",schemaPath:"#/properties/shots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.concat !== undefined){
let data24 = data.concat;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key2 in data24){
if(!((((((key2 === "output") || (key2 === "shots")) || (key2 === "transition")) || (key2 === "trim")) || (key2 === "audio")) || (key2 === "size"))){
const err45 = {instancePath:instancePath+"/concat",schemaPath:"#/$defs/concat/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data24.output !== undefined){
let data25 = data24.output;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err46 = {instancePath:instancePath+"/concat/output",schemaPath:"#/$defs/concat/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/concat/output",schemaPath:"#/$defs/concat/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data24.shots !== undefined){
let data26 = data24.shots;
if(Array.isArray(data26)){
if(data26.length < 1){
const err48 = {instancePath:instancePath+"/concat/shots",schemaPath:"#/$defs/concat/properties/shots/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(typeof data27 === "string"){
if(!pattern6.test(data27)){
const err49 = {instancePath:instancePath+"/concat/shots/" + i1,schemaPath:"#/$defs/concat/properties/shots/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/concat/shots/" + i1,schemaPath:"#/$defs/concat/properties/shots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/concat/shots",schemaPath:"#/$defs/concat/properties/shots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.transition !== undefined){
let data28 = data24.transition;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.type === undefined){
const err52 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key3 in data28){
if(!((key3 === "type") || (key3 === "duration"))){
const err53 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data28.type !== undefined){
let data29 = data28.type;
if(!((data29 === "cut") || (data29 === "crossfade"))){
const err54 = {instancePath:instancePath+"/concat/transition/type",schemaPath:"#/$defs/concat/properties/transition/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.transition.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data28.duration !== undefined){
let data30 = data28.duration;
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 5 || isNaN(data30)){
const err55 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data30 <= 0 || isNaN(data30)){
const err56 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data24.trim !== undefined){
let data31 = data24.trim;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key4 in data31){
const _errs63 = errors;
if(typeof key4 === "string"){
if(!pattern6.test(key4)){
const err59 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
var valid10 = _errs63 === errors;
if(!valid10){
const err60 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
for(const key5 in data31){
let data32 = data31[key5];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key6 in data32){
if(!((key6 === "start") || (key6 === "end"))){
const err61 = {instancePath:instancePath+"/concat/trim/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/concat/properties/trim/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data32.start !== undefined){
let data33 = data32.start;
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err62 = {instancePath:instancePath+"/concat/trim/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/start",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/concat/trim/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/start",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data32.end !== undefined){
let data34 = data32.end;
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 <= 0 || isNaN(data34)){
const err64 = {instancePath:instancePath+"/concat/trim/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/end",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/end/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/concat/trim/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/end",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/end/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/concat/trim/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/concat/properties/trim/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data24.audio !== undefined){
let data35 = data24.audio;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.file === undefined){
const err68 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key7 in data35){
if(!((key7 === "file") || (key7 === "volume"))){
const err69 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data35.file !== undefined){
let data36 = data35.file;
if(typeof data36 === "string"){
if(func2(data36) < 1){
const err70 = {instancePath:instancePath+"/concat/audio/file",schemaPath:"#/$defs/concat/properties/audio/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/concat/audio/file",schemaPath:"#/$defs/concat/properties/audio/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data35.volume !== undefined){
let data37 = data35.volume;
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 4 || isNaN(data37)){
const err72 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data37 < 0 || isNaN(data37)){
const err73 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data24.size !== undefined){
let data38 = data24.size;
if(typeof data38 === "string"){
if(!pattern11.test(data38)){
const err76 = {instancePath:instancePath+"/concat/size",schemaPath:"#/$defs/concat/properties/size/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"},message:"must match pattern \""+"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/concat/size",schemaPath:"#/$defs/concat/properties/size/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/concat",schemaPath:"#/$defs/concat/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** The schema itself, for explaining errors (allowed keys). */
export const manifestSchema = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json","description":"seedance-pipeline manifest: a storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film.","type":"object","additionalProperties":false,"required":["version","shots"],"properties":{"version":{"const":1,"description":"Manifest format version. Only 1 exists."},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"Name of the film. Default: the manifest's file name without extension."},"api":{"enum":["native","openai"],"description":"Wire format: native (/api/v3/contents/generations/tasks, the default) or openai (/v1/videos).","default":"native"},"base_url":{"type":"string","pattern":"^https?://[^\\s/?#]+(/[^\\s?#]*)?$","description":"Host root of the service, e.g. https://api.wisgate.ai (the path is appended). The SEEDANCE_BASE_URL environment variable overrides it."},"output":{"type":"string","minLength":1,"description":"Output folder, relative to the manifest's folder. Default out/<name>."},"store":{"type":"string","minLength":1,"description":"The clip store's folder, relative to the manifest's folder and inside the project (SEEDANCE_STORE overrides it). Default .seedance/store beside the manifest."},"concurrency":{"type":"integer","minimum":1,"maximum":100,"description":"Most tasks at the service at once (default 3). --concurrency overrides it.","default":3},"defaults":{"$ref":"#/$defs/settings","description":"Generation settings applied to every shot; a shot's own value wins."},"shots":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/shot"},"description":"The shots, in story order."},"concat":{"$ref":"#/$defs/concat"}},"$defs":{"settings":{"title":"GenerationSettings","type":"object","additionalProperties":false,"properties":{"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"Generation settings applied to every shot; a shot's own value wins."},"concat":{"title":"Concat","type":"object","additionalProperties":false,"description":"Join the clips into one film after the shots are made.","properties":{"output":{"type":"string","minLength":1,"description":"File name of the film, relative to the output folder. Default final.mp4.","default":"final.mp4"},"shots":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"description":"Shot ids in film order. Default: every shot that is not a draft, in manifest order."},"transition":{"title":"Transition","type":"object","additionalProperties":false,"required":["type"],"description":"How clips meet: cut (default) or crossfade.","properties":{"type":{"enum":["cut","crossfade"],"description":"cut: straight join (stream copy when the clips match); crossfade: video and audio overlap by duration.","default":"cut"},"duration":{"type":"number","exclusiveMinimum":0,"maximum":5,"description":"Crossfade length in seconds (default 0.5). The film is shorter by one overlap per join.","default":0.5}}},"trim":{"type":"object","description":"Per-shot trims, by shot id: { start, end } in seconds within the clip.","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"title":"Trim","type":"object","additionalProperties":false,"description":"Keep the part of the clip from start to end (seconds).","properties":{"start":{"type":"number","minimum":0,"description":"Seconds cut from the beginning (default 0)."},"end":{"type":"number","exclusiveMinimum":0,"description":"Where the kept part ends, in seconds from the clip's start (default: the clip's end)."}}}},"audio":{"title":"MusicBed","type":"object","additionalProperties":false,"required":["file"],"description":"A music bed mixed under the clips' own sound.","properties":{"file":{"type":"string","minLength":1,"description":"Audio file, relative to the manifest."},"volume":{"type":"number","minimum":0,"maximum":4,"description":"Gain of the music bed (1 = as is; default 0.3).","default":0.3}}},"size":{"type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$","description":"Frame size of the film, WIDTHxHEIGHT. Default: the first clip's size."}}},"shot":{"title":"Shot","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Unique shot id: lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters. Names the output files (<id>.mp4)."},"prompt":{"type":"string","minLength":1,"maxLength":5000,"description":"What the shot shows. Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused)."},"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"draft":{"type":"boolean","description":"Make a cheap 480p draft; a later shot with from_draft turns it into the final video. Native format only.","default":false},"from_draft":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of a draft: true shot; this shot is that draft's final video (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused. Its model defaults to the draft's model: a draft can only be finished by the model family that made it."},"first_frame":{"$ref":"#/$defs/media","description":"The first frame (image). { shot: ID } uses that shot's last frame, chaining the two shots."},"last_frame":{"$ref":"#/$defs/media","description":"The last frame (image); needs first_frame."},"reference_images":{"type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"},"description":"Reference images (1..9 on 2.0). Not together with first_frame/last_frame."},"reference_videos":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference videos (2.0 only; at most 3, 2..15 s each, 15 s together): URLs or asset:// ids, or { shot: ID } for that shot's video. Local video files are not accepted by the service."},"reference_audio":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference audio clips (2.0 native only; at most 3, 2..15 s each, 15 s together). Needs a reference image or video beside it."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot when its task ends failed (never for content-policy refusals). Default 0. A task that expired at the service, or one the service no longer knows, is resubmitted once on top of these.","default":0},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"take":{"type":"integer","minimum":1,"maximum":10,"description":"Which take (1-based) the film and the shots chained from this one use, at most `takes:`. Default 1. `seedance pick <manifest> <shot> <K>` writes it."},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"One shot: one generation task and one clip."},"media":{"description":"A media input: an http(s) URL, asset://ID, a data: URI, a path relative to the manifest, or { shot: ID } to use another shot's output.","title":"Media","oneOf":[{"type":"string","minLength":1,"description":"http(s) URL, asset://ID, data: URI, or a file path relative to the manifest."},{"$ref":"#/$defs/shotOutput"}]},"shotOutput":{"title":"ShotOutput","type":"object","additionalProperties":false,"required":["shot"],"description":"Another shot's output: its last frame in image slots, its video in reference_videos.","properties":{"shot":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of the shot whose output is used."}}}}};
