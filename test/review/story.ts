// The storyboard the review tests share: a shot with two takes (comments to keep) and a shot chained from it.
export const TAKES_STORY = `version: 1
name: review
defaults: { resolution: 480p, duration: 5 }
shots:
  # two takes to choose from
  - id: wave
    prompt: A wave breaks on black rocks
    takes: 2
  - id: spray
    prompt: Spray drifts over the rocks
    first_frame: { shot: wave } # starts where the picked take ends
`;
